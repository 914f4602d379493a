/**
 * Recognises where a text names one of the reports ("3rd APR", "A/79/214", "troisième
 * rapport d'activité annuel", "第三次年度进展报告", "Final Report") and which version
 * ("the Zero Draft of the 3rd APR", "Rev.1"). Symbols and aliases come from the reports
 * catalog; ordinals and case endings are grammar, below.
 */
import catalog from '../../dataset/reports.json';
import type { ReportId } from '../paragraph-key';

export interface NamedReport {
  start: number;
  end: number;
  /** null for a version named alone ("the Zero Draft"), which belongs to the report named before it. */
  report: ReportId | null;
  version: string | null;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/'/g, "['’]");

const ORDINAL_GRAMMAR: Record<'apr1' | 'apr2' | 'apr3', string[]> = {
  apr1: [
    "(?:first|1st)\\s+(?:annual\\s+progress\\s+report|APR)",
    'APR\\s?1(?![\\d/])',
    "(?:premier|1er)\\s+rapport\\s+(?:d['’]activité\\s+annuel|annuel\\s+d['’]activité)",
    'primer\\s+informe\\s+anual',
    'перв(?:ый|ого|ом|ому)\\s+ежегодн(?:ый|ого|ом|ому)\\s+доклад(?:а|е|у|ом)?',
    'التقرير\\s+المرحلي\\s+السنوي\\s+الأول',
    '第一(?:次|份)年度进展报告',
  ],
  apr2: [
    "(?:second|2nd)\\s+(?:annual\\s+progress\\s+report|APR)",
    'APR\\s?2(?![\\d/])',
    "(?:deuxième|second|2e|2ème)\\s+rapport\\s+(?:d['’]activité\\s+annuel|annuel\\s+d['’]activité)",
    'segundo\\s+informe\\s+anual',
    'втор(?:ой|ого|ом|ому)\\s+ежегодн(?:ый|ого|ом|ому)\\s+доклад(?:а|е|у|ом)?',
    'التقرير\\s+المرحلي\\s+السنوي\\s+الثاني',
    '第二(?:次|份)年度进展报告',
  ],
  apr3: [
    "(?:third|3rd)\\s+(?:annual\\s+progress\\s+report|APR)",
    'APR\\s?3(?![\\d/])',
    "(?:troisième|3e|3ème)\\s+rapport\\s+(?:d['’]activité\\s+annuel|annuel\\s+d['’]activité)",
    'tercer\\s+informe\\s+anual',
    'трет(?:ий|ьего|ьем|ьему)\\s+ежегодн(?:ый|ого|ом|ому)\\s+доклад(?:а|е|у|ом)?',
    'التقرير\\s+المرحلي\\s+السنوي\\s+الثالث',
    '第三(?:次|份)年度进展报告',
  ],
};

const FINAL_GRAMMAR = [
  'final\\s+report(?!\\s+of\\s+the\\s+(?:secretary|special|independent|group\\s+of\\s+governmental))',
  'rapport\\s+final',
  'informe\\s+final',
  '(?:заключительн|итогов)(?:ый|ого|ом|ому)\\s+доклад(?:а|е|у|ом)?',
  'التقرير\\s+(?:الختامي|النهائي)',
  '(?:最后|最终)报告',
];

/** Version words: a draft precedes the report it belongs to ("Zero Draft of the 3rd APR"). */
const ZERO_DRAFT = "zero[\\s-]draft|draft\\s+zero|avant-projet|projet\\s+zéro|borrador\\s+cero|нулев(?:ой|ого|ом)\\s+проект(?:а|е)?|المسودة\\s+الصفرية|零草案";
const REVISION = 'rev\\.?\\s?(\\d)(?!\\d)';

interface Alternative {
  pattern: string;
  report: ReportId | null;
}

function alternatives(): Alternative[] {
  const list: Alternative[] = [];
  for (const entry of catalog.reports) {
    const report = entry.id as ReportId;
    for (const symbol of entry.symbols) list.push({ pattern: `${escape(symbol)}(?!\\d|\\.\\d)`, report });
    for (const aliases of Object.values(entry.aliases)) {
      for (const alias of aliases) list.push({ pattern: escape(alias), report });
    }
    if (report === 'final') for (const pattern of FINAL_GRAMMAR) list.push({ pattern, report });
    else for (const pattern of ORDINAL_GRAMMAR[report as keyof typeof ORDINAL_GRAMMAR] ?? []) list.push({ pattern, report });
  }
  // Longest first, so that "third annual progress report" wins over "third APR"-like prefixes.
  return list.sort((a, b) => b.pattern.length - a.pattern.length);
}

const ALTERNATIVES = alternatives();
const REPORT_PATTERN = ALTERNATIVES.map((alternative) => `(${alternative.pattern})`).join('|');
// A report name, optionally preceded by its version ("zero draft of the"), or a version alone.
// Not inside a word of an alphabetic script; Chinese has no spaces, so a name may follow any character there.
const NOT_IN_WORD = '(?<![A-Za-z\\u00c0-\\u024f\\u0400-\\u04ff\\u0600-\\u06ff\\d])';
const NAMES = new RegExp(
  `${NOT_IN_WORD}(?:(?:(${ZERO_DRAFT})|${REVISION})(?:\\s+(?:of|to|du|de|del|des)(?:\\s+(?:the|la|le|l['’]|el))?\\s+|\\s+(?=A/))?)?(?:${REPORT_PATTERN})(?:\\s*\\(?\\s*${REVISION})?|${NOT_IN_WORD}(?:(${ZERO_DRAFT})|${REVISION})(?![\\p{L}])`,
  'giu',
);

// Groups: 1 zero-draft prefix, 2 revision prefix, 3..(3+n-1) report alternatives,
// then trailing revision, then standalone zero draft, standalone revision.
const FIRST_REPORT_GROUP = 3;
const TRAILING_REVISION_GROUP = FIRST_REPORT_GROUP + ALTERNATIVES.length;
const LONE_ZERO_GROUP = TRAILING_REVISION_GROUP + 1;
const LONE_REVISION_GROUP = LONE_ZERO_GROUP + 1;

export function findReportNames(text: string): NamedReport[] {
  const found: NamedReport[] = [];
  NAMES.lastIndex = 0;
  for (let match = NAMES.exec(text); match; match = NAMES.exec(text)) {
    let report: ReportId | null = null;
    for (let group = FIRST_REPORT_GROUP; group < TRAILING_REVISION_GROUP; group++) {
      if (match[group] !== undefined) {
        report = ALTERNATIVES[group - FIRST_REPORT_GROUP]!.report;
        break;
      }
    }
    const revision = match[2] ?? match[TRAILING_REVISION_GROUP] ?? match[LONE_REVISION_GROUP];
    const version = match[1] || match[LONE_ZERO_GROUP] ? 'zero' : revision ? `rev${revision}` : null;
    found.push({ start: match.index, end: match.index + match[0].length, report, version });
  }
  return found;
}

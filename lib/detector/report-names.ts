/**
 * Where a text names one of the reports ("3rd APR", "A/79/214", "troisième rapport d'activité
 * annuel", "третьего ежегодного доклада", "第三次年度进展报告", "Final Report") and which version
 * ("the Zero Draft of the 3rd APR", "Rev.1", "第三次年度进展报告零草案"), or a version alone
 * ("the zero draft"), which belongs to the report being discussed.
 *
 * Symbols and aliases come from the reports catalog; ordinals, case endings and version words
 * are grammar, below. Names are read only at a few word starts before each head the trigger
 * pass found, in three steps (a version word, the report, a version after it), each a small
 * sticky expression whose repetitions are all bounded.
 */
import catalog from '../../dataset/reports.json';
import type { ReportId } from '../paragraph-key';
import { HYPHEN, isCjk, isLetter, isSpace, isWordCharacter, skipSpaces, skipSpacesBack } from './chars';
import { startCharacters } from './start-characters';
import type { Head, HeadKind } from './triggers';
import { CodeSet, codeSetOf } from './code-set';

export interface NamedReport {
  start: number;
  end: number;
  /** null for a version named alone ("the Zero Draft"): it belongs to the report being discussed. */
  report: ReportId | null;
  version: string | null;
}

const S = '\\s{1,3}';
const APOSTROPHE = "['’]";
const RU = '[а-яё]'; // Russian case endings

type Ordinal = 'apr1' | 'apr2' | 'apr3';
const ORDINALS: Record<Ordinal, { en: string; fr: string; es: string; ru: string; ar: string; zh: string; digit: string }> = {
  apr1: { en: 'first|1st', fr: 'premier|1er', es: 'primer|primero|1er|1\\.?º', ru: 'перв', ar: 'الأول', zh: '一', digit: '1' },
  apr2: { en: 'second|2nd', fr: 'deuxième|deuxieme|second|2e|2ème', es: 'segundo|2\\.?º', ru: 'втор', ar: 'الثاني', zh: '二', digit: '2' },
  apr3: { en: 'third|3rd', fr: 'troisième|troisieme|3e|3ème', es: 'tercer|tercero|3er|3\\.?º', ru: 'трет', ar: 'الثالث', zh: '三', digit: '3' },
};

/** Arabic proclitics before a definite noun: "التقرير", "للتقرير", "بالتقرير", "والتقرير". */
const AR_THE = '(?:[وفب]?ال|لل)';

function ordinalGrammar(ordinal: (typeof ORDINALS)[Ordinal]): string[] {
  return [
    `(?:${ordinal.en})${S}(?:annual${S}progress${S}report|progress${S}report|APR)`,
    `APR[\\s-]?${ordinal.digit}(?![\\d/])`,
    `(?:${ordinal.fr})${S}rapport${S}(?:d${APOSTROPHE}activit[ée]${S}annuel|annuel(?:${S}d${APOSTROPHE}activit[ée])?)`,
    `(?:${ordinal.es})${S}informe${S}anual(?:${S}(?:sobre${S}los${S}progresos(?:${S}realizados)?|de${S}progreso|de${S}actividades))?`,
    `${ordinal.ru}${RU}{0,4}${S}ежегодн${RU}{0,4}${S}доклад${RU}{0,3}(?:${S}о${S}ходе${S}работы)?`,
    `${AR_THE}تقرير${S}المرحلي${S}السنوي${S}${ordinal.ar}`,
    `第(?:${ordinal.zh}|${ordinal.digit})[次份]?年度进展报告`,
  ];
}

/** "final report", "rapport final", "заключительный доклад", "التقرير الختامي", "最后报告". */
const FINAL_GRAMMAR = [
  `(?:OEWG${APOSTROPHE}?s?${S})?final${S}report`,
  `rapport${S}final`,
  `informe${S}final`,
  `(?:заключительн|итогов)${RU}{0,3}${S}доклад${RU}{0,3}`,
  `${AR_THE}تقرير${S}(?:الختامي|النهائي)`,
  '(?:最后|最终)报告',
];
/** A final report of another body: "the final report of the Secretary-General / of the GGE", "du Groupe d'experts", "Группы правительственных экспертов". */
/** …or named before it: "the GGE final report", "the Panel's final report". */
const OTHER_BODY_BEFORE = /\b(?:GGE|Experts|Panel|Commission|Council)(?:['’]s?)?\s{1,3}$/i;
const NOT_ANOTHER_BODYS = `(?!${S}(?:of${S}the|du|de${S}la|del|de${S}los)?${S}?(?:Secretary|Group${S}of${S}Governmental|GGE|Special|Independent|High|Panel|Commission|Groupe|Secr[ée]taire|Grupo|Secretari[oa]|Групп|Генерального|لفريق|للأمين|(?:19|20)\\d\\d))`;

const ZERO_DRAFT = `zero[\\s-]draft|draft${S}zero|avant-projet|projet${S}z[ée]ro|borrador${S}cero|нулев${RU}{0,3}${S}проект${RU}{0,2}|المسودة${S}الصفرية|零草案`;
const REVISED_DRAFT = `revised${S}draft|projet${S}r[ée]vis[ée]|borrador${S}revisado|пересмотренн${RU}{0,3}${S}проект${RU}{0,2}|المسودة${S}المنقحة|修订草案`;
const REVISION = 'rev\\.?\\s?(?<revision>\\d)(?!\\d)';
const ADOPTED = `adopted(?:${S}(?:version|text))?`;
/** Between a version and its report: "Zero Draft of the 3rd APR", "avant-projet du", "borrador cero del", "нулевой проект третьего". */
const JOIN = `${S}(?:(?:of|to|for|du|des|del|de)${S})?(?:(?:the|la|le|el)${S}|l${APOSTROPHE}\\s{0,2})?`;

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, S).replace(/'/g, APOSTROPHE);

const REPORT_ORDER: readonly ReportId[] = ['apr1', 'apr2', 'apr3', 'final'];

/** A report's name patterns: its symbols and aliases from the catalog, then the grammar. */
function reportAlternatives(report: ReportId): string[] {
  const entry = catalog.reports.find((candidate) => candidate.id === report);
  if (!entry) throw new Error(`The reports catalog has no report "${report}"`);
  const fromCatalog = [
    ...entry.symbols.map((symbol) => `${escape(symbol)}(?![\\d/]|\\.\\d)`),
    ...Object.values(entry.aliases).flat().map(escape),
  ];
  const grammar = report === 'final' ? FINAL_GRAMMAR : ordinalGrammar(ORDINALS[report]);
  // Longest first: an alternation takes the first alternative that matches, not the longest.
  return [...fromCatalog, ...grammar].sort((a, b) => b.length - a.length);
}

const ALTERNATIVES = new Map(REPORT_ORDER.map((report) => [report, reportAlternatives(report)]));

/** A version word and the words that join it to its report: "the Zero Draft of the", "Rev.1 of". */
const VERSION_PREFIX = new RegExp(`(?:(?<zero>${ZERO_DRAFT})|(?<revised>${REVISED_DRAFT})|${REVISION}|(?<adopted>${ADOPTED}))${JOIN}`, 'iy');
/** A version after its report: "the 3rd APR (Rev 2)", "第三次年度进展报告零草案". */
const SUFFIX_VERSION = `(?:(?<zero>zero[\\s-]draft|零草案)|${REVISION})`;
const VERSION_SUFFIX = new RegExp(`[(,]?\\s{0,2}${SUFFIX_VERSION}\\)?`, 'iy');
const SUFFIX_STARTS = new CodeSet(startCharacters(new RegExp(SUFFIX_VERSION, 'i'))!);

/** The version after a name that ends at `end` ("the 3rd APR (Rev 2)") and where it ends, read only where one can start. */
function versionAfter(text: string, end: number): { version: string | null; end: number } | null {
  const at = skipSpaces(text, end, 3);
  let code = text.charCodeAt(at);
  if (code === 0x28 || code === 0x2c) code = text.charCodeAt(skipSpaces(text, at + 1, 2));
  if (!SUFFIX_STARTS.has(code)) return null;
  const suffix = execAt(VERSION_SUFFIX, text, at);
  return suffix && { version: versionOf(suffix.groups), end: at + suffix[0].length };
}
/** A version named alone: it belongs to the report being discussed. */
const LONE_VERSION = new RegExp(`(?<zero>${ZERO_DRAFT})|(?<revised>${REVISED_DRAFT})|${REVISION}`, 'iy');
const PREFIX_STARTS = new CodeSet(startCharacters(VERSION_PREFIX)!);
const LONE_VERSION_STARTS = new CodeSet(startCharacters(LONE_VERSION)!);

/** Each name pattern with the characters it can start with, read once. */
const ALTERNATIVE_STARTS = new Map(
  REPORT_ORDER.map((report) => [report, ALTERNATIVES.get(report)!.map((pattern) => ({ pattern, starts: startCharacters(new RegExp(pattern, 'i')) }))]),
);
/** Report patterns by first character, built when first needed; compiled once per source (a letter and its capital share one). */
const REPORT_PATTERNS = new Map<number, RegExp | null>();
const COMPILED = new Map<string, RegExp>();

/**
 * The pattern for the report names that start with the character `start`, one group named
 * for each report that has such names; null when none does. Each holds only the few names that can start
 * there: the engine compiles a pattern on first use, at a cost that grows with its length,
 * and that cost falls on the page being read.
 */
function reportPatternAt(start: number): RegExp | null {
  let pattern = REPORT_PATTERNS.get(start);
  if (pattern !== undefined) return pattern;
  const reports = REPORT_ORDER.flatMap((report) => {
    const alternatives = ALTERNATIVE_STARTS.get(report)!.filter(({ starts }) => starts === null || starts.has(start)).map(({ pattern }) => pattern);
    if (alternatives.length === 0) return [];
    return [report === 'final' ? `(?<final>(?:${alternatives.join('|')})${NOT_ANOTHER_BODYS})` : `(?<${report}>${alternatives.join('|')})`];
  });
  pattern = null;
  if (reports.length > 0) {
    const source = reports.join('|');
    pattern = COMPILED.get(source) ?? new RegExp(source, 'iy');
    COMPILED.set(source, pattern);
  }
  REPORT_PATTERNS.set(start, pattern);
  return pattern;
}

/**
 * How many words before each kind of head the trigger pass finds a name may start ("third
 * annual progress report" from "report": 3, "adopted …": 4; "troisième rapport": 1, as
 * French and Spanish version words are heads of their own). A name must reach past its
 * head, so most heads ("the report of the Secretary-General") fail at once.
 */
const WORDS_BEFORE: Record<HeadKind, number> = {
  apr: 2,
  report: 4,
  rapport: 1,
  raa: 1,
  informe: 1,
  doklad: 2,
  taqrir: 0,
  baogao: 0,
  symbol: 0,
  version: 1,
};

/** The version a match of a version pattern names, by its named groups. */
function versionOf(groups: Record<string, string | undefined> = {}): string | null {
  if (groups.zero !== undefined) return 'zero';
  if (groups.revised !== undefined) return 'rev1';
  if (groups.revision !== undefined) return `rev${groups.revision}`;
  return groups.adopted === undefined ? null : 'adopted';
}

/** The report whose named group matched. */
function reportOf(match: RegExpExecArray): ReportId {
  return REPORT_ORDER.find((report) => match.groups?.[report] !== undefined)!;
}

/** A sticky pattern's match at `at`, or null. */
function execAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

const MAX_WORD = 20;
const MAX_CJK_BEFORE_HEAD = 12;
/** Characters where a Chinese name may start: 第 (ordinal), 最 (最后/最终), 零 (零草案), 修 (修订草案). */
const CJK_NAME_STARTS = codeSetOf('第最零修');

const ORDINAL_INDICATOR = 0xba; // º, as in "1.º informe"

/** Letters and digits, and the ordinal indicator with the dot before it ("1.º", "1º"). */
function isInNameWord(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === ORDINAL_INDICATOR) return true;
  if (code === 0x2e) return text.charCodeAt(at + 1) === ORDINAL_INDICATOR;
  return isWordCharacter(code);
}

/**
 * Where a name that contains the head at `head` may start, farthest first: the start of the
 * head's word ("avant-projet", "للتقرير") and up to `wordsBefore` word starts before it, never
 * across punctuation or before `floor`.
 */
function candidateStarts(text: string, head: number, floor: number, wordsBefore: number, into: number[]): void {
  into.length = 0;
  if (isCjk(text.charCodeAt(head))) {
    for (let at = Math.max(floor, head - MAX_CJK_BEFORE_HEAD); at < head; at++) if (CJK_NAME_STARTS.has(text.charCodeAt(at))) into.push(at);
    into.push(head);
    return;
  }
  let start = head;
  while (start > floor && head - start < MAX_WORD && (isLetter(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === HYPHEN)) start--;
  into.push(start);
  for (let words = 0; words < wordsBefore; words++) {
    let end = start;
    while (end > floor && start - end < 3 && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === start) break;
    let previous = end;
    while (previous > floor && end - previous < MAX_WORD && isInNameWord(text, previous - 1)) previous--;
    if (previous === end || (previous > floor && isInNameWord(text, previous - 1))) break;
    into.push(previous);
    start = previous;
  }
  into.reverse();
}

/**
 * The name at `start` that reaches past the head: a version word and its report ("the Zero
 * Draft of the 3rd APR"), else a report and the version after it ("the 3rd APR (Rev 2)"),
 * else a version alone. The first of these that matches is the one judged.
 */
function nameAt(text: string, start: number, head: number): NamedReport | null {
  const first = text.charCodeAt(start);
  let end = -1;
  let report: ReportId | null = null;
  let version: string | null = null;
  const prefix = PREFIX_STARTS.has(first) ? execAt(VERSION_PREFIX, text, start) : null;
  const afterPrefix = prefix ? start + prefix[0].length : -1;
  const prefixed = prefix && execReport(text, afterPrefix);
  const named = prefixed ?? execReport(text, start);
  if (named) {
    end = (prefixed ? afterPrefix : start) + named[0].length;
    report = reportOf(named);
    if (prefixed) version = versionOf(prefix.groups);
    const suffix = versionAfter(text, end);
    if (suffix) {
      end = suffix.end;
      version ??= suffix.version;
    }
  } else {
    const lone = LONE_VERSION_STARTS.has(first) ? execAt(LONE_VERSION, text, start) : null;
    if (!lone) return null;
    end = start + lone[0].length;
    version = versionOf(lone.groups);
  }
  if (end <= head) return null;
  // Not the beginning of a longer word ("APR3x"), except in Chinese, which has no spaces.
  if (!isCjk(text.charCodeAt(end - 1)) && isWordCharacter(text.charCodeAt(end))) return null;
  // "APR" is an abbreviation only in capitals: "Apr 3" is a date.
  if (hasAprNotInCapitals(text, start, end)) return null;
  if (report === 'final' && OTHER_BODY_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return null;
  // A document symbol names the report as adopted (A/79/214), not a draft of it.
  if (version === null && report !== null && (first | 0x20) === 0x61 && text.charCodeAt(start + 1) === 0x2f) version = 'adopted';
  return { start, end, report, version };
}

/** Whether "apr" stands between `start` and `end` in some case, but not as "APR". */
function hasAprNotInCapitals(text: string, start: number, end: number): boolean {
  let found = false;
  for (let at = start; at + 3 <= end; at++) {
    if ((text.charCodeAt(at) | 0x20) !== 0x61 || (text.charCodeAt(at + 1) | 0x20) !== 0x70 || (text.charCodeAt(at + 2) | 0x20) !== 0x72) continue;
    if (text.startsWith('APR', at)) return false;
    found = true;
  }
  return found;
}

function execReport(text: string, at: number): RegExpExecArray | null {
  const pattern = reportPatternAt(text.charCodeAt(at));
  return pattern && execAt(pattern, text, at);
}

const SYMBOLS = catalog.reports.flatMap((report) => report.symbols);

/** Whether one of the reports' symbols starts at `at`: most symbols on UN pages are other documents'. */
export function isReportSymbolAt(text: string, at: number): boolean {
  return SYMBOLS.some((symbol) => text.startsWith(symbol, at));
}

/** The words before "report" in every English name that has it: "annual progress report", "final report". */
const BEFORE_REPORT = /(?:progress|final)\s{1,3}$/i;
/** Their last letters, checked before the pattern is tried. */
const BEFORE_REPORT_ENDINGS = codeSetOf('sl');

/**
 * A quick refusal for the head that stands mostly outside names on UN pages: "report" ("the
 * report of the Secretary-General"). The catalog test checks that no alias falls through.
 */
function mayBeNamed(text: string, head: Head): boolean {
  if (head.kind !== 'report') return true;
  const wordEnd = skipSpacesBack(text, head.at, 3);
  if (wordEnd === head.at || !BEFORE_REPORT_ENDINGS.has(text.charCodeAt(wordEnd - 1) | 0x20)) return false; // most often "the report"
  return BEFORE_REPORT.test(text.slice(Math.max(0, head.at - 12), head.at));
}

/** The report names around the heads the trigger pass found, in text order, none overlapping. */
export function findReportNames(text: string, heads: readonly Head[]): NamedReport[] {
  const names: NamedReport[] = [];
  const starts: number[] = [];
  let floor = 0;
  for (const head of heads) {
    if (head.at < floor) continue; // inside the name found last
    if (!mayBeNamed(text, head)) continue;
    candidateStarts(text, head.at, floor, WORDS_BEFORE[head.kind], starts);
    for (const start of starts) {
      const name = nameAt(text, start, head.at);
      if (name) {
        names.push(name);
        floor = name.end;
        break;
      }
    }
  }
  return names;
}

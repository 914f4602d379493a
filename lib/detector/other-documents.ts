/**
 * Paragraphs of other documents: "paragraph 3 of Article 24", "paragraph 5 of resolution
 * 75/240", "Article 24, paragraph 3", "пункт 5 статьи 24", "第24条第3段". They are found, so
 * that nothing attributes them to a report, and marked 'other'.
 *
 * All patterns are sticky or tried on a short window, with bounded repetitions.
 */
import { digitValue, isSpace, previousWord, skipSpaces, skipSpacesBack } from './chars';
import { startCharacters } from './start-characters';
import { CodeSet, codeSetOf } from './code-set';

const LINK_PREPOSITIONS = ['of', 'in', 'from', 'under', 'du', 'des', 'del', 'de', 'из', 'в', 'во', 'من', 'في'];
const LINK_ARTICLES = ['the', 'its', 'their', 'this', 'that', 'our', 'la', 'le', 'les', 'sa', 'son', 'ses', 'el', 'los', 'las', 'su', 'sus'];
const LINK_ELISION = "l['’]";
/** Nouns that may stand before a symbol: "du rapport A/79/214", "من الوثيقة A/78/265". */
const LINK_NOUNS = ['document', 'doc\\.', 'report', 'rapport', 'informe', 'documento', 'документ\\S{0,2}', 'доклад\\S{0,2}', 'الوثيقة', 'التقرير'];

/**
 * What may stand between a reference and the document it belongs to: " of the", ", in", " du", '" of',
 * " de l'", " من"; then, in group 1, a noun that may stand before a symbol. Read after at
 * most three spaces, where LINK_STARTS says it can start.
 */
const LINK = new RegExp(
  `[,("”»]?\\s{0,3}(?:(?:${LINK_PREPOSITIONS.join('|')})\\s{1,3})?(?:(?:${LINK_ARTICLES.join('|')})\\s{1,3}|${LINK_ELISION}\\s{0,2})?((?:${LINK_NOUNS.join('|')})\\s{1,3}(?=A\\/))?`,
  'iy',
);
const LINK_STARTS = new CodeSet(startCharacters(new RegExp(`[,("”»]|${[...LINK_PREPOSITIONS, ...LINK_ARTICLES, LINK_ELISION, ...LINK_NOUNS].join('|')}`, 'i'))!);

export interface Link {
  /** Where the link ends: where the document's name would start. */
  end: number;
  /** Where a noun before a symbol starts ("rapport A/79/214"), else `end`. */
  noun: number;
}

/** The link after a reference that ends at `index` (at least the spaces after it). */
export function readLink(text: string, index: number): Link {
  const at = skipSpaces(text, index, 3);
  const code = text.charCodeAt(at);
  if (!LINK_STARTS.has(code) && !isSpace(code)) return { end: at, noun: at };
  LINK.lastIndex = at;
  LINK.test(text); // always matches, and test builds no match array
  const end = LINK.lastIndex;
  if (!text.startsWith('A/', end)) return { end, noun: end };
  // A symbol follows: read again for the noun before it, if any.
  LINK.lastIndex = at;
  return { end, noun: end - (LINK.exec(text)![1]?.length ?? 0) };
}

/** "пункт 15 a) повестки дня", "point 15 of the agenda": an agenda item, not a paragraph. Read after at most three spaces. */
const AGENDA = /of\s+the\s+agenda|de\s+l['’]ordre\s+du\s+jour|del\s+programa|повестки|من\s+جدول\s+الأعمال/iy;
const AGENDA_STARTS = new CodeSet(startCharacters(AGENDA)!);

export function isAgendaItemAt(text: string, index: number): boolean {
  const at = skipSpaces(text, index, 3);
  if (!AGENDA_STARTS.has(text.charCodeAt(at))) return false;
  AGENDA.lastIndex = at;
  return AGENDA.test(text);
}

const DOCUMENT_WORDS = [
  'articles?', 'art\\.', 'art[íi]culos?', 'resolutions?', 'r[ée]solutions?', 'resoluci[óo]n', 'резолюци', 'стать', 'стате', 'ст\\.',
  'rules?\\s', 'r[èe]gles?\\s', 'reglas?\\s', 'правил', 'annex', 'anexo', 'приложени', 'charter', 'charte', 'carta', 'устав',
  'decisions?', 'd[ée]cisions?', 'decisi[óo]n', 'решени', 'conventions?', 'convenci[óo]n', 'конвенци', 'protocol', 'протокол',
  'statute', 'statut', 'estatuto', 'treaty', 'trait[ée]', 'tratado', 'договор', 'agreement', 'accord', 'acuerdo', 'соглашени',
  'declarations?', 'd[ée]claration', 'declaraci[óo]n', 'деклараци', 'chapter', 'chapitre', 'cap[íi]tulo', 'глав', 'section',
  'secci[óo]n', 'раздел', 'covenant', 'pacte', 'pacto', 'пакт', 'code\\s', 'manual', 'programme\\s+of\\s+action', 'agenda',
  'GGE', 'group\\s+of\\s+governmental\\s+experts', "groupe\\s+d['’]experts", 'grupo\\s+de\\s+expertos', 'групп\\S{0,3}\\s+правительственных',
  "(?:report|rapport|informe)(?:\\s+final)?\\s+(?:of\\s+the|du|del)\\s+secr", 'final\\s+report\\s+of\\s+the\\s+(?:19|20)\\d\\d', "secretary-general['’]s\\s+report", 'доклад\\S{0,2}\\s+генерального',
  "chair['’]?s\\s+summary", 'summary', 'm[êe]me\\s{1,2}r[ée]solution', 'misma\\s{1,2}resoluci[óo]n',
  '(?:[a-z]{2,12}\\s{1,2}){0,2}(?:commitment|action\\s{1,2}plan|plan\\s{1,2}of\\s{1,2}action)', 'r[ée]sum[ée]', 'resumen',
  'general\\s+assembly', 'assembl[ée]e\\s+g[ée]n[ée]rale', 'asamblea\\s+general', 'генеральной\\s+ассамблеи',
  'security\\s+council', 'human\\s+rights\\s+council', '(?:19|20)\\d\\d\\s+(?:GGE|report|consensus)',
  'note\\s{1,2}\\d', 'UNSCR', '(?:ال)?مبادئ\\s{1,2}التوجيهية', '(?:ال)?مادة', '(?:ال)?قرار', '(?:ال)?ميثاق', '(?:ال)?مرفق', '(?:ال)?اتفاقية', '(?:ال)?فصل', 'تقرير\\s+الأمين\\s+العام',
];
const DOCUMENT = new RegExp(`(?:${DOCUMENT_WORDS.join('|')})`, 'iy');
const DOCUMENT_STARTS = new CodeSet(startCharacters(DOCUMENT)!);

/** Whether the document named at `index` (after the link) is another one. */
export function isOtherDocumentAt(text: string, index: number): boolean {
  if (!DOCUMENT_STARTS.has(text.charCodeAt(index))) return false;
  DOCUMENT.lastIndex = index;
  return DOCUMENT.test(text);
}

/** "Article 24, paragraph 3", "resolution 75/240, para 5", "rule 12 (para 3)": a numbered part of another document just before. */
const DOCUMENT_BEFORE = new RegExp(
  `(?:articles?|art\\.|resolutions?|r[ée]solution|resoluci[óo]n|rules?|r[èe]gle|regla|annex|annexe|anexo|chapter|chapitre|cap[íi]tulo|section|secci[óo]n|decision|d[ée]cision|decisi[óo]n|стать[яи]|резолюци[яи]|A/RES)\\s{0,2}[\\dIVXLivxl/][\\d/.IVXLivxl]{0,12}\\s{0,2}[,(]?\\s{0,2}$`,
  'i',
);
const ROMAN_DIGITS = codeSetOf('IVXLivxl');
/** A comma or an opening bracket between a document and a paragraph of it, in every script. */
const SEPARATORS = codeSetOf(',(،，（');

/**
 * "the 2015 GGE report (para 13)", "the Chair's summary, para 5", "the report of the
 * Secretary-General (para 7)": another document named, then a comma or a bracket. Tried only
 * after one of the last words these names end with.
 */
const DOCUMENT_NAME_BEFORE = new RegExp(
  `(?:${[
    'GGE(?:\\s{1,2}report)?', '(?:19|20)\\d\\d\\s{1,2}(?:(?:GGE|OEWG|consensus)\\s{1,2})?report', "chair['’]?s\\s{1,2}summary",
    "secretary-general['’]s\\s{1,2}report", 'report\\s{1,2}of\\s{1,2}the\\s{1,2}secretary-general', 'rapport\\s{1,2}du\\s{1,2}secr[ée]taire\\s{1,2}g[ée]n[ée]ral',
    'informe\\s{1,2}del\\s{1,2}secretario\\s{1,2}general', 'доклад\\S{0,2}\\s{1,2}генерального\\s{1,2}секретаря', 'تقرير\\s{1,2}الأمين\\s{1,2}العام',
  ].join('|')})\\s{0,3}[,(،，（]\\s{0,3}$`,
  'i',
);
const DOCUMENT_NAME_LAST_WORDS = new Set(['gge', 'report', 'summary', 'general', 'général', 'секретаря', 'العام']);
const WINDOW = 40;

export function isAfterOtherDocument(text: string, start: number): boolean {
  const before = skipSpacesBack(text, start, 3);
  const separator = text.charCodeAt(before - 1);
  const separated = SEPARATORS.has(separator);
  const lastEnd = separated ? skipSpacesBack(text, before - 1, 3) : before;
  const last = text.charCodeAt(lastEnd - 1);
  // "Article 24, paragraph 3": the part's number (or roman numeral) ends right there.
  if ((digitValue(last) >= 0 || ROMAN_DIGITS.has(last)) && DOCUMENT_BEFORE.test(text.slice(Math.max(0, start - WINDOW), start))) return true;
  if (!separated) return false;
  const lastWord = previousWord(text, lastEnd);
  if (!lastWord || !DOCUMENT_NAME_LAST_WORDS.has(lastWord.word)) return false;
  return DOCUMENT_NAME_BEFORE.test(text.slice(Math.max(0, start - WINDOW - 20), start));
}

/** "第24条第3段", "第75/240号决议第5段", "规则第5段": the Chinese paragraph comes after the article, resolution or rule it belongs to. */
const CHINESE_DOCUMENT_ENDINGS = codeSetOf('条议章节则约');

export function isAfterChineseDocument(text: string, start: number): boolean {
  return CHINESE_DOCUMENT_ENDINGS.has(text.charCodeAt(start - 1));
}

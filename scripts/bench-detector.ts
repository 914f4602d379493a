/**
 * The detector's speed as a ratio to a plain single-pass `/\d+/g` scan over the same text,
 * both measured in this run (docs/architecture.md: ratios against a plain baseline, not absolute times).
 * The text is a few MB of UN-style prose, one page per language: the labelled corpus
 * sentences among filler paragraphs, in a fixed pseudo-random order so that every run reads
 * the same text.
 *
 *   npx tsx scripts/bench-detector.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { detect } from '../lib/detector';
import { median } from './median';

const TARGET_RATIO = 3;
const TEXT_SIZE = 4_000_000;
const RUNS = 21;

type Lang = 'en' | 'fr' | 'es' | 'ru' | 'ar' | 'zh';

/** Filler in the register of OEWG statements and reports, per language: dates, figures, symbols, brackets, no paragraph references. */
const FILLER: Record<Lang, string[]> = {
  en: [
    'States recalled that the Working Group had made steady progress in its work during its sessions held in 2022, 2023 and 2024, and underlined the importance of capacity-building, confidence-building measures and the application of international law.',
    'The delegation of Kenya, speaking on behalf of the African Group, welcomed the establishment of the Global Points of Contact Directory on 9 May 2024 and encouraged all 193 Member States to nominate their diplomatic and technical points of contact.',
    'In accordance with General Assembly resolution 75/240 of 31 December 2020, the Group held its eighth substantive session from 8 to 12 July 2024 in New York (see A/AC.292/2024/INF/3).',
    'Several delegations noted that ransomware incidents against hospitals rose by 40 per cent in 2023, and called for cooperation with the private sector, academia and civil society (including technical communities).',
    'The Chair recalled the eleven voluntary, non-binding norms of responsible State behaviour, the confidence-building measures and the capacity-building principles endorsed by consensus in 2021.',
    'A number of States proposed a dedicated thematic group on critical infrastructure; others preferred cross-cutting discussions under each pillar of the future permanent mechanism.',
    'Informal consultations were held on 16 February, 22 April and 3 June; summaries are available on the website of the Office for Disarmament Affairs.',
    'One delegation cautioned that the separate tracks proposed in the report of the Secretary-General (A/78/76) should not duplicate the work of the Group, and recalled Article 2(4) of the Charter.',
  ],
  fr: [
    'Les États ont souligné l’importance du renforcement des capacités et de l’application du droit international, notamment de la Charte des Nations Unies, dans l’utilisation des technologies numériques.',
    'La délégation du Sénégal a salué la création du répertoire mondial des points de contact le 9 mai 2024 et encouragé les 193 États Membres à y participer.',
    'Conformément à la résolution 75/240 de l’Assemblée générale, le Groupe a tenu sa huitième session de fond du 8 au 12 juillet 2024 à New York.',
    'Plusieurs délégations ont proposé des consultations intersessions (en présentiel et en ligne) avec les organisations régionales.',
  ],
  es: [
    'Los Estados destacaron la necesidad de reducir la brecha digital y de apoyar a los países en desarrollo mediante programas de cooperación técnica entre 2025 y 2030.',
    'De conformidad con la resolución 75/240 de la Asamblea General, el Grupo celebró su octavo período de sesiones sustantivo del 8 al 12 de julio de 2024.',
    'Varias delegaciones subrayaron la importancia de las medidas de fomento de la confianza y de la cooperación entre equipos de respuesta a incidentes (CSIRT).',
    'La Presidencia recordó las once normas voluntarias y no vinculantes de comportamiento responsable de los Estados.',
  ],
  ru: [
    'Государства подчеркнули важность мер укрепления доверия и сотрудничества между группами реагирования на компьютерные инциденты в 2024 году.',
    'В соответствии с резолюцией 75/240 Генеральной Ассамблеи Группа провела свою восьмую основную сессию с 8 по 12 июля 2024 года в Нью-Йорке.',
    'Ряд делегаций предложил создать тематическую группу по критической инфраструктуре (включая объекты здравоохранения).',
    'Председатель напомнил об одиннадцати добровольных и необязательных нормах ответственного поведения государств.',
  ],
  ar: [
    'وأكدت الدول أهمية تدابير بناء الثقة وبناء القدرات في مجال أمن تكنولوجيات المعلومات والاتصالات خلال الفترة 2021-2025.',
    'ووفقا لقرار الجمعية العامة 75/240، عقد الفريق دورته الموضوعية الثامنة في نيويورك من 8 إلى 12 تموز/يوليه 2024.',
    'واقترح عدد من الوفود إنشاء فريق مواضيعي معني بالبنية التحتية الحيوية (بما في ذلك المرافق الصحية).',
    'وذكّر الرئيس بالقواعد الطوعية غير الملزمة الإحدى عشرة للسلوك المسؤول للدول.',
  ],
  zh: [
    '各国强调了建立信任措施和能力建设的重要性，并欢迎于2024年5月建立全球联络点名录。',
    '根据大会第75/240号决议，工作组于2024年7月8日至12日在纽约举行了第八届实质性会议。',
    '若干代表团建议设立关键基础设施专题小组（包括医疗设施）。',
    '主席回顾了11项关于国家负责任行为的自愿、非约束性规范。',
  ],
};

/** How much of the text each language gets: pages are in one language, most of them English. */
const SHARE: Record<Lang, number> = { en: 0.4, fr: 0.12, es: 0.12, ru: 0.12, ar: 0.12, zh: 0.12 };

function corpusSentences(): Map<Lang, string[]> {
  const dir = new URL('../tests/detector-corpus/', import.meta.url);
  const byLang = new Map<Lang, string[]>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { text, lang } = JSON.parse(line) as { text: string; lang: Lang };
      byLang.set(lang, [...(byLang.get(lang) ?? []), text]);
    }
  }
  return byLang;
}

/**
 * UN-style pages of about `size` characters in all, one per language: paragraphs of four to
 * eight sentences, one sentence in four taken from the labelled corpus, the rest filler. On
 * the English page that makes one reference per 700 characters or so, about the density of
 * a statement on an APR (ICT4Peace's input of July 2024 has one per 500).
 */
export function realisticPages(size: number): string[] {
  const sentences = corpusSentences();
  let seed = 12345;
  const next = (bound: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648; // a fixed linear congruential sequence
    return Math.floor((seed / 2147483648) * bound); // its high bits: the low bits of such a sequence repeat with a short period
  };
  return (Object.keys(SHARE) as Lang[]).map((lang) => {
    const own = sentences.get(lang) ?? [];
    const filler = FILLER[lang];
    const paragraphs: string[] = [];
    let length = 0;
    while (length < size * SHARE[lang]) {
      const count = 4 + next(5);
      const paragraph: string[] = [];
      for (let i = 0; i < count; i++) paragraph.push(next(4) === 0 && own.length > 0 ? own[next(own.length)]! : filler[next(filler.length)]!);
      const text = paragraph.join(lang === 'zh' ? '' : ' ');
      paragraphs.push(text);
      length += text.length + 2;
    }
    return paragraphs.join('\n\n');
  });
}

/** The /\d+/g scan of `page`: the number of digit runs. */
function digitScanOf(page: string): number {
  let runs = 0;
  const digits = /\d+/g;
  while (digits.exec(page)) runs++;
  return runs;
}

/**
 * The median over RUNS of the detector's time over the digit scan's, on `pages` together;
 * the two are interleaved in pairs, so that both sides of each ratio see the same machine
 * load: the median ratio of the pairs is steadier than the ratio of the medians.
 */
function pairedRatio(pages: readonly string[]): { ratio: number; best: number; detection: number; baseline: number; references: number; digitRuns: number } {
  let references = 0;
  let digitRuns = 0;
  const digitScan = () => {
    digitRuns = 0;
    for (const page of pages) digitRuns += digitScanOf(page);
  };
  const detector = () => {
    references = 0;
    for (const page of pages) references += detect(page).refs.length;
  };
  for (let i = 0; i < 3; i++) {
    digitScan();
    detector();
  }
  const baselineTimes: number[] = [];
  const detectorTimes: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let started = performance.now();
    digitScan();
    baselineTimes.push(performance.now() - started);
    started = performance.now();
    detector();
    detectorTimes.push(performance.now() - started);
    ratios.push(detectorTimes[i]! / baselineTimes[i]!);
  }
  return {
    ratio: median(ratios),
    best: Math.min(...detectorTimes) / Math.min(...baselineTimes),
    detection: median(detectorTimes),
    baseline: median(baselineTimes),
    references,
    digitRuns,
  };
}

export async function benchDetector(): Promise<string[]> {
  const pages = realisticPages(TEXT_SIZE);
  const all = pairedRatio(pages);
  const megachars = pages.reduce((sum, page) => sum + page.length, 0) / 1e6;
  const langs = Object.keys(SHARE) as Lang[];
  // A page is a few hundred kilobytes: one slowed run moves its median ratio, so the best times are compared.
  const perLanguage = pages.map((page, index) => `${langs[index]} ${pairedRatio([page]).best.toFixed(2)}×`);
  return [
    `detector: ${megachars.toFixed(1)} M chars of UN-style prose in six languages, ${all.references} references, in ${all.detection.toFixed(1)} ms (${(megachars / (all.detection / 1000)).toFixed(0)} M chars/s; median of ${RUNS})`,
    `detector: /\\d+/g scan of the same text (${all.digitRuns} digit runs) in ${all.baseline.toFixed(1)} ms`,
    `detector: ${all.ratio.toFixed(2)}× the digit scan, median of ${RUNS} paired runs (target ≤ ${TARGET_RATIO}×)${all.ratio <= TARGET_RATIO ? '' : ' — OVER TARGET'}; best times: ${all.best.toFixed(2)}×`,
    `detector: per language, each page's best time against its own digit scan's: ${perLanguage.join(', ')}`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchDetector()) console.log(line);
}

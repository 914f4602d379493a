/**
 * The UN language a document is written in, from its script and, for Latin script, its
 * commonest words: where the page or the PDF does not declare it.
 */
import type { LANGS } from '../data/schema';

export type UnLanguage = (typeof LANGS)[number];

const WORDS: Record<'en' | 'fr' | 'es', RegExp> = {
  en: /\b(?:the|and|of|to|that|with)\b/g,
  fr: /\b(?:les|des|et|du|que|une|pour)\b/g,
  es: /\b(?:los|las|del|y|que|una|para)\b/g,
};

export function languageOf(text: string): UnLanguage {
  const sample = text.slice(0, 20_000);
  const count = (pattern: RegExp) => sample.match(pattern)?.length ?? 0;
  const arabic = count(/[\u0600-\u06ff]/g);
  const chinese = count(/[\u4e00-\u9fff]/g);
  const cyrillic = count(/[\u0400-\u04ff]/g);
  const latin = count(/[a-z]/gi);
  const most = Math.max(arabic, chinese, cyrillic, latin);
  if (most > 0 && most === arabic) return 'ar';
  if (most > 0 && most === chinese) return 'zh';
  if (most > 0 && most === cyrillic) return 'ru';
  const lower = sample.toLowerCase();
  const scores = (Object.keys(WORDS) as (keyof typeof WORDS)[]).map((lang) => [lang, lower.match(WORDS[lang])?.length ?? 0] as const);
  return scores.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/**
 * The text of the paragraph a card is about, as read from the report's own document in
 * the user's browser (DESIGN.md rule 6): a sub-paragraph with its parent's lead-in, a
 * paragraph with its sub-paragraphs, its section, report and version, and a way to open
 * the report at it. Where no document of the report was read, it says how to get it.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Elsewhere, ParagraphText as Text } from '../lib/data/report-text-types';
import { t } from '../lib/i18n';
import { documentMessages } from '../lib/messaging';
import { paragraphNumberLabel, reportLabel, versionLabel } from '../lib/paragraph-label';
import { MIN_SIMILARITY } from '../lib/reports/concordance';
import { PositionList } from './PositionCard';

export interface ParagraphTextServices {
  lookup(key: string): Promise<Text | null>;
  /** Opens the report where it was read, at this paragraph. */
  open(key: string): void;
}

export function uiLanguage(): string | null {
  try {
    return browser.i18n.getUILanguage().slice(0, 2);
  } catch {
    return null;
  }
}

/** Pages and the reader ask the background (content scripts cannot open the database). */
export const PARAGRAPH_TEXTS_BY_MESSAGE: ParagraphTextServices = {
  lookup: async (key) => (await documentMessages.sendMessage('paragraphTexts', { keys: [key], lang: uiLanguage() }))[key] ?? null,
  open: (key) => void documentMessages.sendMessage('openReportAt', key).catch(() => undefined),
};

/** Extension pages that open the database provide their own (components/paragraph-text-services.ts), as do tests. */
export const ParagraphTextContext = createContext<ParagraphTextServices>(PARAGRAPH_TEXTS_BY_MESSAGE);

/** `apr3@zero:29e` of a captured text: the key that opens it in its own version. */
export function keyOf(text: Text): string {
  return `${text.report}@${text.version}:${text.para}${text.sub ?? ''}`;
}

export function ParagraphText({ paragraphKey }: { paragraphKey: string }) {
  const services = useContext(ParagraphTextContext);
  const [text, setText] = useState<Text | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    setText(undefined);
    services.lookup(paragraphKey).then(
      (found) => live && setText(found),
      () => live && setText(null),
    );
    return () => {
      live = false;
    };
  }, [paragraphKey, services]);

  if (text === undefined) return null;
  if (text === null) return <p class="paragraph-text-missing note">{t('paragraphTextMissing')}</p>;
  return (
    <section class="paragraph-text" aria-label={t('paragraphTextTitle')} lang={text.lang} dir={text.lang === 'ar' ? 'rtl' : 'auto'}>
      <p class="paragraph-text-source note" lang="">
        {t('paragraphTextFrom', [reportLabel(text.report), versionLabel(text.version)])}
        {text.heading && (
          <>
            <br />
            {t('paragraphTextSection', [text.heading])}
          </>
        )}
      </p>
      {text.leadIn && <p class="paragraph-text-lead">{text.leadIn}</p>}
      <blockquote class="paragraph-text-own">
        {text.sub ? `(${text.sub}) ` : `${text.para}. `}
        {text.text}
      </blockquote>
      {text.subs.length > 0 && (
        <ul class="paragraph-text-subs">
          {text.subs.map((sub) => (
            <li key={sub.sub}>{`(${sub.sub}) ${sub.text}`}</li>
          ))}
        </ul>
      )}
      {text.elsewhere.map((other) => (
        <p key={other.version} class="paragraph-text-elsewhere note" lang="">
          {elsewhereWords(text, other)}
        </p>
      ))}
      <button type="button" lang="" onClick={() => services.open(keyOf(text))}>
        {t('paragraphTextOpen')}
      </button>
      {text.topical.length > 0 && (
        <section class="paragraph-text-topical" aria-label={t('paragraphTextTopical')} lang="">
          <h3 class="position-title">{t('paragraphTextTopical')}</h3>
          <p class="note">{t('paragraphTextTopicalExplain')}</p>
          <PositionList positions={text.topical.map((topical) => topical.position)} />
        </section>
      )}
    </section>
  );
}

/** "para 29 (e) (zero draft) ≈ para 26 (e) (adopted), 91 % similar", or where it is not. */
function elsewhereWords(text: Text, other: Elsewhere): string {
  if (other.units.length === 0) return t('paragraphTextDropped', [versionLabel(other.version), Math.round(MIN_SIMILARITY * 100)]);
  const units = other.units.map((unit) => {
    const [, para, sub] = /^(\d+)([a-z]*)$/.exec(unit)!;
    return paragraphNumberLabel(Number(para), sub || null);
  });
  const from = paragraphNumberLabel(text.para, text.sub);
  return t('paragraphTextElsewhere', [from, versionLabel(text.version), units.join(' + '), versionLabel(other.version), Math.round(other.similarity * 100)]);
}

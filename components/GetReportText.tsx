/**
 * "Get the text of the 3rd APR (A/79/214)": the user's request to download a report's
 * official PDF in a UN language, with its progress (bytes, then pages), a cancel button,
 * and what came of it. Nothing is downloaded without this click.
 */
import { useRef, useState } from 'preact/hooks';
import { LANGS } from '../lib/data/schema';
import { t } from '../lib/i18n';
import { reportLabel, versionLabel } from '../lib/paragraph-label';
import type { ReportId } from '../lib/paragraph-key';
import type { UnLanguage } from '../lib/reports/document-language';
import type { FetchProgress, FetchRequest, FetchResult } from '../lib/reports/fetch-report';
import { symbolsOf } from '../lib/reports/report-catalog';

export interface GetReportTextServices {
  get(request: FetchRequest, signal: AbortSignal, onProgress: (progress: FetchProgress) => void): Promise<FetchResult>;
}

const LANGUAGE_NAMES: Record<UnLanguage, string> = { en: 'English', fr: 'Français', es: 'Español', ru: 'Русский', ar: 'العربية', zh: '中文' };

function progressWords(symbol: string, progress: FetchProgress): string {
  if (progress.stage === 'read') return t('getTextsReading', [symbol, progress.pages, progress.pageCount]);
  const kb = (bytes: number) => Math.round(bytes / 1024);
  return progress.total ? t('getTextsDownloadingOf', [symbol, kb(progress.received), kb(progress.total)]) : t('getTextsDownloading', [symbol, kb(progress.received)]);
}

function resultWords(request: FetchRequest, result: FetchResult): string {
  if (result.ok) return t('getTextsDone', [result.paragraphs, reportLabel(request.report), versionLabel(result.version)]);
  switch (result.kind) {
    case 'offline':
      return t('getTextsOffline', [request.symbol]);
    case 'http':
      return t('getTextsHttp', [request.symbol, /HTTP \d+/.exec(result.message)?.[0] ?? result.kind]);
    case 'not-pdf':
      return t('getTextsNotPdf', [request.symbol]);
    case 'wrong-document':
      return t('getTextsWrongDocument', [request.symbol]);
    case 'no-paragraphs':
      return t('getTextsNoParagraphs', [request.symbol]);
    case 'cancelled':
      return t('getTextsCancelled');
  }
}

export function GetReportText({ reports, services, initialLang = 'en' }: { reports: readonly ReportId[]; services: GetReportTextServices; initialLang?: UnLanguage }) {
  const [lang, setLang] = useState<UnLanguage>(initialLang);
  const [running, setRunning] = useState<{ request: FetchRequest; progress: FetchProgress | null } | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; ok: boolean } | null>(null);
  const controller = useRef<AbortController | null>(null);

  async function get(report: ReportId, symbol: string) {
    const request: FetchRequest = { report, symbol, lang };
    controller.current = new AbortController();
    setOutcome(null);
    setRunning({ request, progress: null });
    const result = await services
      .get(request, controller.current.signal, (progress) => setRunning({ request, progress }))
      .catch((error: unknown): FetchResult => ({ ok: false, kind: 'no-paragraphs', message: String(error) }));
    setRunning(null);
    setOutcome({ text: resultWords(request, result), ok: result.ok });
  }

  return (
    <section class="get-texts" aria-labelledby="get-texts-heading">
      <h2 id="get-texts-heading">{t('getTextsHeading')}</h2>
      <p class="hint">{t('getTextsExplain')}</p>
      <label>
        {t('getTextsLanguage')}{' '}
        <select value={lang} onChange={(event) => setLang(event.currentTarget.value as UnLanguage)} disabled={running !== null}>
          {LANGS.map((each) => (
            <option key={each} value={each} lang={each}>
              {LANGUAGE_NAMES[each]}
            </option>
          ))}
        </select>
      </label>
      <ul class="get-texts-list">
        {reports.map((report) => {
          const symbol = symbolsOf(report)[0];
          return symbol ? (
            <li key={report}>
              <button type="button" disabled={running !== null} onClick={() => void get(report, symbol)}>
                {t('getTextsButton', [reportLabel(report), symbol])}
              </button>
            </li>
          ) : null;
        })}
      </ul>
      {running && (
        <div class="get-texts-progress">
          <progress
            max={running.progress?.stage === 'read' ? running.progress.pageCount : (running.progress?.total ?? undefined)}
            value={running.progress?.stage === 'read' ? running.progress.pages : running.progress?.received}
            aria-label={running.progress ? progressWords(running.request.symbol, running.progress) : running.request.symbol}
          />
          <span role="status">{running.progress ? progressWords(running.request.symbol, running.progress) : ''}</span>{' '}
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('getTextsCancel')}
          </button>
        </div>
      )}
      {outcome && <p role={outcome.ok ? 'status' : 'alert'}>{outcome.text}</p>}
    </section>
  );
}

/** What "Get the text" uses in an extension page: fetch, pdf.js, the detector and the data module. */
import type { Database } from '../lib/data/db';
import { saveReportText } from '../lib/data/report-texts';
import { detect } from '../lib/detector';
import { getDocument } from '../lib/pdf/pdfjs';
import { fetchReportText } from '../lib/reports/fetch-report';
import type { GetReportTextServices } from './GetReportText';

export function browserGetReportText(database: Promise<Database>): GetReportTextServices {
  return {
    get: (request, signal, onProgress) =>
      fetchReportText(
        request,
        {
          // Cookies are not needed for official documents: none are sent.
          fetch: (url, init) => fetch(url, { ...init, credentials: 'omit' }),
          openPdf: (bytes) => getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise,
          save: async (text) => saveReportText(await database, text),
          detect,
          online: () => navigator.onLine,
        },
        { signal, onProgress },
      ),
  };
}

/**
 * Getting a report's text on request, against a server on 127.0.0.1: progress in bytes
 * then pages, cancel, and each failure (offline, unreachable, HTTP error, not a PDF, not the
 * document asked for), with the store unchanged by every failure.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { statementPdf, zeroDraftPdf } from '../../tests/support/pdf-fixtures';
import { openDatabase, type Database } from '../data/db';
import { listReportTexts, saveReportText } from '../data/report-texts';
import { detect } from '../detector';
import { fetchReportText, officialPdfUrl, type FetchProgress, type FetchRequest } from './fetch-report';

const DRAFT: FetchRequest = { report: 'apr3', symbol: 'A/AC.292/2024/CRP.1', lang: 'en' };

let server: Server;
let base: string;
let db: Database;
const files: Record<string, { body: Uint8Array | string; type: string; status?: number; slow?: boolean }> = {};

beforeAll(async () => {
  files['/draft.pdf'] = { body: await zeroDraftPdf(), type: 'application/pdf' };
  files['/statement.pdf'] = { body: await statementPdf(), type: 'application/pdf' };
  files['/sign-in'] = { body: '<!doctype html><title>Sign in</title>', type: 'text/html' };
  files['/slow.pdf'] = { body: await zeroDraftPdf(), type: 'application/pdf', slow: true };
  server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!file) return void response.writeHead(404).end('not found');
    const body = typeof file.body === 'string' ? Buffer.from(file.body) : Buffer.from(file.body);
    response.writeHead(200, { 'content-type': file.type, 'content-length': body.length });
    if (!file.slow) return void response.end(body);
    // A slow line: a first part, then nothing for a while.
    response.write(body.subarray(0, 1024));
    setTimeout(() => response.end(body.subarray(1024)), 5000).unref();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openDatabase();
});

function services(online = true) {
  return {
    fetch: (url: string, init: { signal: AbortSignal }) => fetch(url, init),
    openPdf: (bytes: Uint8Array) => getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise,
    save: (text: Parameters<typeof saveReportText>[1]) => saveReportText(db, text),
    detect,
    online: () => online,
  };
}

async function get(path: string, request = DRAFT, options: { online?: boolean; signal?: AbortSignal } = {}) {
  const progress: FetchProgress[] = [];
  const result = await fetchReportText(request, services(options.online), {
    url: `${base}${path}`,
    signal: options.signal ?? new AbortController().signal,
    onProgress: (step) => progress.push(step),
  });
  return { result, progress };
}

describe('getting a report\'s text on request', () => {
  it('addresses the official document by symbol and language', () => {
    expect(officialPdfUrl('A/79/214', 'fr')).toBe('https://documents.un.org/api/symbol/access?s=A%2F79%2F214&l=fr&t=pdf');
  });

  it('downloads with progress in bytes, then pages, and keeps the text', async () => {
    const { result, progress } = await get('/draft.pdf');
    expect(result).toMatchObject({ ok: true, version: 'zero', paragraphs: 57 });
    const download = progress.filter((step) => step.stage === 'download');
    const read = progress.filter((step) => step.stage === 'read');
    expect(download.at(-1)).toEqual({ stage: 'download', received: (files['/draft.pdf']!.body as Uint8Array).length, total: (files['/draft.pdf']!.body as Uint8Array).length });
    expect(read.map((step) => step.pages)).toEqual(Array.from({ length: read.length }, (_, i) => i + 1));
    expect(progress.indexOf(read[0]!)).toBeGreaterThan(progress.indexOf(download.at(-1)!));
    expect((await listReportTexts(db)).map(({ id, paragraphCount }) => [id, paragraphCount])).toEqual([['apr3@zero/en', 57]]);
  });

  it('says what went wrong for each failure, and changes nothing', async () => {
    await saveReportText(db, { report: 'apr3', version: 'zero', lang: 'en', symbol: null, sourceUrl: 'x', format: 'pdf', captured: '2026-11-20T10:00:00.000Z', paragraphs: [{ para: 1, sub: null, heading: null, text: 'Kept.', leadIn: null }] });
    const cases: [string, FetchRequest, { online?: boolean }, string, RegExp][] = [
      ['/draft.pdf', DRAFT, { online: false }, 'offline', /offline.*nothing was changed/],
      ['/missing.pdf', DRAFT, {}, 'http', /answered HTTP 404 for A\/AC\.292\/2024\/CRP\.1 \(en\): nothing was changed/],
      ['/sign-in', DRAFT, {}, 'not-pdf', /is not a PDF: nothing was changed/],
      ['/statement.pdf', { ...DRAFT, symbol: 'A/79/214' }, {}, 'wrong-document', /is not A\/79\/214: its first page does not show that symbol/],
    ];
    for (const [path, request, options, kind, message] of cases) {
      const { result } = await get(path, request, options);
      expect(result, path).toMatchObject({ ok: false, kind });
      expect(result.ok === false && result.message, path).toMatch(message);
    }
    const unreachable = await fetchReportText(DRAFT, services(), { url: 'http://127.0.0.1:9/x.pdf', signal: new AbortController().signal, onProgress: () => undefined });
    expect(unreachable).toMatchObject({ ok: false, kind: 'offline', message: expect.stringMatching(/could not be reached/) });
    expect((await listReportTexts(db)).map(({ paragraphCount }) => paragraphCount)).toEqual([1]);
  });

  it('cancels a download under way, and changes nothing', async () => {
    const controller = new AbortController();
    const running = get('/slow.pdf', DRAFT, { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    const { result, progress } = await running;
    expect(result).toEqual({ ok: false, kind: 'cancelled', message: 'Cancelled: nothing was changed.' });
    expect(progress.some((step) => step.stage === 'download' && step.received > 0)).toBe(true);
    expect(await listReportTexts(db)).toEqual([]);
  });
});

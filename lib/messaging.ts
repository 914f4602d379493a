/**
 * The messages between the extension's parts, typed by direction (docs/architecture.md,
 * "Messages"). Content scripts cannot open the extension's database, so they ask the
 * background through these. Every payload's type comes from its schema below, and whoever
 * receives a message checks it whole, and who sent it, with `received`.
 */
import { defineExtensionMessaging, type ExtensionMessage } from '@webext-core/messaging';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { LOOKUP_BATCH } from './annotator/annotator-core';
import type { Position } from './data/schema';
import { ParagraphKeySchema, PageSummarySchema } from './page/page-summary';
import { REPORT_IDS } from './paragraph-key';
import type { Result } from './result';

/** What each message carries: the one source of its type, and what its receiver checks. */
export const PAYLOADS = {
  /** Positions for many paragraph keys at once (exact, version-less `apr3:29e` or report-less `?:29e`). */
  lookupPositions: v.pipe(v.array(ParagraphKeySchema), v.maxLength(LOOKUP_BATCH)),
  /** Every position on one report: placed on a report page by number or by quote. */
  positionsForReport: v.picklist(REPORT_IDS),
  /** A document tells the background what it found: badge, popup and side panel read it. */
  pageSummary: PageSummarySchema,
  /** "Add note" on a card: open the side panel on that paragraph of this page. */
  openNotes: v.strictObject({ key: v.nullable(ParagraphKeySchema), pageUrl: v.pipe(v.string(), v.maxLength(8192)) }),
  /** "Annotate this page" in the popup, for a tab outside the default sites. */
  annotateTab: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Scroll to a reference (by its id in the page summary) or a report paragraph (by key) and open its card. */
  revealReference: v.union([
    v.strictObject({ id: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    v.strictObject({ key: ParagraphKeySchema }),
  ]),
};

type Payloads = typeof PAYLOADS;
export type Payload<K extends keyof Payloads> = v.InferOutput<Payloads[K]>;
export type NotesRequest = Payload<'openNotes'>;

/** Sent by an annotated document (a content script, or the PDF reader page) to the background. */
export interface DocumentToBackground {
  lookupPositions(keys: Payload<'lookupPositions'>): Record<string, Position[]>;
  positionsForReport(report: Payload<'positionsForReport'>): Position[];
  pageSummary(summary: Payload<'pageSummary'>): void;
  openNotes(target: Payload<'openNotes'>): void;
}

/** Sent by the extension's own pages (popup, side panel, options) to the background. */
export interface ExtensionPageToBackground {
  annotateTab(tabId: Payload<'annotateTab'>): Result;
}

/** Sent to the annotator in a tab (a content script, or the reader) by the popup and the side panel. */
export interface ToTab {
  revealReference(target: Payload<'revealReference'>): boolean;
}

export const documentMessages = defineExtensionMessaging<DocumentToBackground>();
export const extensionPageMessages = defineExtensionMessaging<ExtensionPageToBackground>();
export const tabMessages = defineExtensionMessaging<ToTab>();

/** Who sent a message: a content script in a web page, or one of the extension's own pages. */
export type SenderKind = 'content-script' | 'extension-page';

/** Which contexts send which message: nothing else is taken. */
const SENDERS: Record<keyof Payloads, readonly SenderKind[]> = {
  lookupPositions: ['content-script', 'extension-page'],
  positionsForReport: ['content-script', 'extension-page'],
  pageSummary: ['content-script', 'extension-page'],
  openNotes: ['content-script', 'extension-page'],
  annotateTab: ['extension-page'],
  revealReference: ['extension-page'],
};

export function senderKind(sender: ExtensionMessage['sender'], extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  return sender.tab ? 'content-script' : null;
}

/**
 * A message's payload, checked whole, from a sender allowed to send it; otherwise an Error
 * that the sender receives as its answer. `extension` is this extension's id and origin.
 */
export function received<K extends keyof Payloads>(
  type: K,
  message: { data: unknown; sender: ExtensionMessage['sender'] },
  extension: { id: string; origin: string },
): Payload<K> {
  const kind = senderKind(message.sender, extension.id, extension.origin);
  if (!kind || !SENDERS[type].includes(kind)) {
    throw new Error(`APR Lens takes "${type}" only from ${SENDERS[type].join(' or ')}s of its own.`);
  }
  const parsed = v.safeParse(PAYLOADS[type], message.data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue?.path?.map((item) => String(item.key)).join('.');
    throw new Error(`Malformed "${type}" message${path ? ` at ${path}` : ''}: ${issue?.message ?? 'unexpected shape'}`);
  }
  return parsed.output as Payload<K>;
}

/** This extension's id and the origin of its pages, as `received` needs them. */
export function thisExtension(): { id: string; origin: string } {
  // The root is not among WXT's typed public paths.
  const origin = (browser.runtime as unknown as { getURL(path: string): string }).getURL('/');
  return { id: browser.runtime.id, origin };
}

/**
 * The typed messages between the extension's parts. Content scripts cannot open the
 * extension's database (DESIGN.md rule 2), so they ask the background through these.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ParagraphText, SaveResult } from './data/report-texts';
import type { Position, ReportText } from './data/schema';
import type { PageSummary } from './page/page-summary';
import type { ReportId } from './paragraph-key';

export interface NotesTarget {
  key: string | null;
  pageUrl: string;
  quote?: string | null;
  /** An existing note to open (a search result in the popup). */
  noteId?: string;
}

export interface ProtocolMap {
  /** Positions for many paragraph keys at once (exact, version-less `apr3:29e` or report-less `?:29e`). */
  lookupPositions(keys: string[]): Record<string, Position[]>;
  /** Every position on one report: placed on a report page by number or by quote. */
  positionsForReport(report: ReportId): Position[];
  /** A page recognised as a report: its paragraphs, to be kept in the report-texts store. */
  captureReportText(text: ReportText): SaveResult;
  /** The captured text of paragraphs by key (`null` where none is known), in the reader's language first. */
  paragraphTexts(data: { keys: string[]; lang: string | null }): Record<string, ParagraphText | null>;
  /** "Open in the report": the report where its text was read, at that paragraph (a key of a captured version). */
  openReportAt(key: string): boolean;
  /** A page tells the background what it found: badge, popup and side panel read it. */
  pageSummary(summary: PageSummary): void;
  /** "Add note" on a card: open the side panel on that paragraph. */
  openNotes(target: NotesTarget): void;
  /** Background → page: scroll to a reference (by its id in the page summary) and open its card. */
  revealReference(data: { id: number } | { key: string }): boolean;
  /** Popup → background: "Annotate this page" on a tab outside the default sites. */
  annotateTab(tabId: number): { ok: true } | { ok: false; reason: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/**
 * Reads one authored publication file (YAML front matter + Markdown body) into positions.
 * A publication with one position keeps its summary and quote in the body (`## Summary`,
 * `## Quote`); one with several lists them under `positions:` in the front matter.
 * Every error names the line it is on.
 */
import * as v from 'valibot';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { paragraphKeyOf, detect } from '../detector';
import { PositionSchema, type Position } from './schema';

export interface SourceError {
  line: number;
  message: string;
}

const DEFAULT_ORGANISATION = 'ICT4Peace Foundation';

export function readPublication(source: string): { positions: Position[]; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { positions: [], errors: [{ line: 1, message: 'the file must start with YAML front matter between two "---" lines' }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter });
  // Front matter starts on line 2 of the file.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
  for (const error of doc.errors) errors.push({ line: lineOf(error.pos[0]), message: error.message.split('\n')[0]! });
  if (errors.length) return { positions: [], errors };
  const front = doc.toJS() as Record<string, unknown> | null;
  if (!front || typeof front !== 'object') return { positions: [], errors: [{ line: 2, message: 'the front matter must be a mapping of fields' }] };

  const bodyLine = source.slice(0, source.length - match[2]!.length).split('\n').length;
  const body = sections(match[2]!);
  const entries = Array.isArray(front.positions) ? (front.positions as unknown[]) : [front];
  const positions: Position[] = [];
  entries.forEach((raw, index) => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const path = Array.isArray(front.positions) ? ['positions', index] : [];
    const nodeLine = (key: string) => lineOfPath(doc, [...path, key], lineOf) ?? lineOfPath(doc, path, lineOf) ?? 2;
    const paragraphs: Position['paragraphs'] = [];
    const refs = Array.isArray(entry.paragraphs) ? (entry.paragraphs as Record<string, unknown>[]) : [];
    refs.forEach((paragraph, at) => {
      const line = lineOfPath(doc, [...path, 'paragraphs', at], lineOf) ?? nodeLine('paragraphs');
      const key = typeof paragraph.ref === 'string' ? keyOfRef(paragraph.ref, paragraph.version) : null;
      if (!key) {
        errors.push({ line, message: `paragraph reference ${JSON.stringify(paragraph.ref)} does not name exactly one paragraph of an APR or the Final Report` });
        return;
      }
      paragraphs.push({ key, quote: typeof paragraph.quote === 'string' ? paragraph.quote : null });
    });
    const candidate = {
      id: entry.id,
      organisation: entry.organisation ?? front.organisation ?? DEFAULT_ORGANISATION,
      title: entry.title ?? front.title,
      date: String(entry.date ?? front.date ?? ''),
      dateApproximate: Boolean(entry.date_approximate ?? front.date_approximate ?? false),
      sourceUrl: entry.source_url ?? front.source_url ?? null,
      sourceTitle: entry.source_title ?? front.source_title,
      quote: entry.quote ?? body.quote ?? '',
      summary: entry.summary ?? body.summary,
      themes: entry.themes ?? front.themes,
      paragraphs,
    };
    const parsed = v.safeParse(PositionSchema, candidate);
    if (parsed.success) positions.push(parsed.output);
    else {
      for (const issue of parsed.issues) {
        const field = String(issue.path?.[0]?.key ?? '');
        const yamlField = FIELD_NAMES[field] ?? field;
        const line = field === 'summary' && !entry.summary ? bodyLine : nodeLine(yamlField);
        errors.push({ line, message: `${yamlField || 'position'}: ${issue.message}` });
      }
    }
  });
  return { positions, errors };
}

const FIELD_NAMES: Record<string, string> = { sourceUrl: 'source_url', sourceTitle: 'source_title', dateApproximate: 'date_approximate' };

/** The key of an authored reference: the detector must read exactly one APR paragraph in it. */
export function keyOfRef(ref: string, version: unknown): string | null {
  const refs = detect(ref).refs.filter((found) => found.report !== 'other');
  if (refs.length !== 1 || !refs[0]!.report) return null;
  const found = refs[0]!;
  return paragraphKeyOf({ ...found, version: typeof version === 'string' ? version : found.version });
}

function lineOfPath(doc: Document, path: (string | number)[], lineOf: (offset: number) => number): number | null {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lineOf(node.range[0]) : null;
}

function sections(body: string): { summary?: string; quote?: string } {
  const found: Record<string, string> = {};
  const parts = body.split(/^##\s+/m);
  for (const part of parts.slice(1)) {
    const newline = part.indexOf('\n');
    const heading = part.slice(0, newline < 0 ? undefined : newline).trim().toLowerCase();
    const text = newline < 0 ? '' : part.slice(newline + 1).trim();
    if (heading === 'summary' || heading === 'quote') found[heading] = text.replace(/\s*\n\s*/g, ' ');
  }
  return found;
}

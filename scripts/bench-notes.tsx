/**
 * Ten thousand notes of about 2 KB, as the side panel and the popup meet them, each measured
 * as a ratio to a plain list render of the same notes in the same run (Preact into happy-dom):
 * the side panel's notes list drawn, drawn again after one note changed (what each autosave
 * of a keystroke costs), and the popup's search ready to answer while the notes join it.
 */
import { Window } from 'happy-dom';
import { performance } from 'node:perf_hooks';
import { render } from 'preact';
import { NotesBrowser } from '../components/sidepanel/NotesBrowser';
import type { Note } from '../lib/data/schema';
import { NO_FILTERS, search } from '../lib/search/query';
import { addNotes, buildSearchIndex } from '../lib/search/search-index';
import { median } from './median';

const NOTES = 10_000;
const RUNS = 3;

function notes(): Note[] {
  const words = 'critical infrastructure norms accountability capacity building portal stakeholders review'.split(' ');
  return Array.from({ length: NOTES }, (_, i) => {
    const body = Array.from({ length: 300 }, (_, w) => words[(i + w * 7) % words.length]).join(' ');
    return {
      id: `n${i}`,
      paragraphKey: `apr3:${(i % 80) + 1}`,
      pageUrl: `https://press.un.org/en/${i}.html`,
      quote: null,
      body: `Note ${i}: ${body}`.slice(0, 2048),
      tags: [words[i % words.length]!],
      created: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      updated: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    };
  });
}

function PlainList({ notes }: { notes: Note[] }) {
  return (
    <ul>
      {notes.map((note) => (
        <li key={note.id}>{note.body}</li>
      ))}
    </ul>
  );
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function benchNotes(): Promise<string[]> {
  const window = new Window();
  Object.assign(globalThis, { window, document: window.document });
  const all = notes();
  const container = () => window.document.body.appendChild(window.document.createElement('div')) as unknown as Element;
  const firstDraw = (view: (list: Note[]) => preact.VNode) =>
    median(Array.from({ length: RUNS }, () => {
      const root = container();
      const ms = timed(() => render(view(all), root));
      render(null, root);
      return ms;
    }));
  const redraw = (view: (list: Note[]) => preact.VNode) => {
    const root = container();
    render(view(all), root);
    const ms = median(Array.from({ length: RUNS }, (_, i) => timed(() => render(view([{ ...all[0]!, body: `edited ${i}` }, ...all.slice(1)]), root))));
    render(null, root);
    return ms;
  };
  const plain = firstDraw((list) => <PlainList notes={list} />);
  const panel = firstDraw((list) => <NotesBrowser notes={list} onEdit={() => undefined} />);
  const plainAgain = redraw((list) => <PlainList notes={list} />);
  const panelAgain = redraw((list) => <NotesBrowser notes={list} onEdit={() => undefined} />);

  const readyStart = performance.now();
  const index = await buildSearchIndex({ positions: [], paragraphs: [], notes: [] });
  search(index, 'infrastructure', NO_FILTERS);
  const ready = performance.now() - readyStart;
  const allIn = performance.now();
  await addNotes(index, all);
  const indexed = performance.now() - allIn;
  const ratio = (value: number) => `×${(value / plain).toFixed(2)}`;
  return [
    `notes: ${NOTES} notes of about 2 KB, ratios to a plain list render of them (${plain.toFixed(0)} ms here, median of ${RUNS})`,
    `  side panel notes list, first draw: ${ratio(panel)}; drawn again after one note changed: ${ratio(panelAgain)} (plain list again: ${ratio(plainAgain)})`,
    `  popup search answering, before the notes are in: ${ratio(ready)}; all notes indexed, in batches that yield: ${ratio(indexed)}`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchNotes()) console.log(line);
}

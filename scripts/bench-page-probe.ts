/**
 * Runs in each bench page before its own content (bundled by bench-page.ts and added as an
 * init script): records every frame, long tasks and when the contender's last highlight
 * change was, and runs the contender the URL names (`?contender=floor|mark|none`; APR Lens
 * runs by itself on the UN host). The floor and mark.js start where a content script at
 * document_idle does: in a task after DOMContentLoaded.
 */
import type { ProbeRecord } from './bench-page-figures';

declare const Mark: new (root: Element) => {
  markRegExp(pattern: RegExp, options: { done(count: number): void }): void;
};

/** Set by bench-page.ts before this script: the pattern's source and flags, and APR Lens's measure names. */
declare const BENCH: { pattern: string; flags: string; annotateMeasure: string; viewportMark: string; highlights: string[] };

const record: ProbeRecord = { loaded: NaN, done: NaN, viewportDone: NaN, frames: [], tasks: [], found: 0 };
(window as unknown as { __benchRecord: ProbeRecord }).__benchRecord = record;
const contender = new URLSearchParams(location.search).get('contender') ?? 'apr';

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) record.tasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });

// Every frame: when its animation callbacks ran, and the first task after it, by when it has painted.
const channel = new MessageChannel();
let pendingRaf = NaN;
channel.port1.onmessage = () => record.frames.push([pendingRaf, performance.now()]);
const onFrame = () => {
  pendingRaf = performance.now();
  channel.port2.postMessage(null);
  requestAnimationFrame(onFrame);
};
requestAnimationFrame(onFrame);

const ourHighlights = () => BENCH.highlights.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0);

if (contender === 'apr') {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === BENCH.viewportMark) record.viewportDone = entry.startTime;
      if (entry.name === BENCH.annotateMeasure) {
        record.found = ourHighlights();
        record.done = entry.startTime + entry.duration;
      }
    }
  }).observe({ entryTypes: ['mark', 'measure'] });
}

const runFloor = () => {
  const pattern = new RegExp(BENCH.pattern, BENCH.flags);
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(data); match; match = pattern.exec(data)) {
      const range = new Range();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      highlight.add(range);
    }
  }
  CSS.highlights.set('bench-floor', highlight);
  record.found = highlight.size;
  record.done = performance.now();
};

const runMark = () => {
  new Mark(document.body).markRegExp(new RegExp(BENCH.pattern, BENCH.flags), {
    done: (count) => {
      record.found = count;
      record.done = performance.now();
    },
  });
};

addEventListener('DOMContentLoaded', () => {
  record.loaded = performance.now();
  if (contender === 'apr') return;
  setTimeout(() => {
    if (contender === 'floor') runFloor();
    else if (contender === 'mark') runMark();
    else record.done = performance.now();
  });
});

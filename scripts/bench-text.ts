import { readFileSync, readdirSync } from 'node:fs';

/** A few MB of UN-style prose: the corpus sentences between filler paragraphs, in a fixed order. */
export function realisticProse(bytes: number): string {
  const dir = new URL('../tests/detector-corpus/', import.meta.url);
  const sentences = readdirSync(dir).filter((name) => name.endsWith('.jsonl')).flatMap((name) =>
    readFileSync(new URL(name, dir), 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text),
  );
  const filler =
    'States recalled that the Working Group had made steady progress in its work during its sessions held in 2022, 2023 and 2024, and underlined the importance of capacity-building, confidence-building measures and the application of international law. ';
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = i % 3 === 0 ? sentences[i % sentences.length]! : filler;
    parts.push(part, '\n');
    length += part.length + 1;
  }
  return parts.join('');
}


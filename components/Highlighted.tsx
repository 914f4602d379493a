/** Text with the words a search matched emphasised: text nodes and <mark>, never HTML. */
import { snippet } from '../lib/search/snippet';

export interface HighlightedProps {
  text: string;
  terms: string[];
  maxLength?: number;
}

export function Highlighted({ text, terms, maxLength }: HighlightedProps) {
  return (
    <>
      {snippet(text, terms, maxLength).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : segment.text))}
    </>
  );
}

import { describe, expect, it } from 'vitest';
import { snippet } from './snippet';

const render = (segments: ReturnType<typeof snippet>) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');

describe('snippet', () => {
  it('marks every matched word, ignoring case and accents', () => {
    expect(render(snippet('Critical infrastructure and CRITICAL Résilience', ['critical', 'resilience']))).toBe(
      '[Critical] infrastructure and [CRITICAL] [Résilience]',
    );
  });

  it('cuts a long text around the first match at word boundaries', () => {
    const text = `${'lorem ipsum '.repeat(40)}the escalatory risk of offensive operations ${'dolor sit '.repeat(40)}`;
    const out = render(snippet(text, ['escalatory'], 80));
    expect(out).toMatch(/^…/);
    expect(out).toMatch(/…$/);
    expect(out).toContain('[escalatory]');
    expect(out.length).toBeLessThanOrEqual(84);
    expect(out).not.toMatch(/…\S*ipsu(?!m)/);
  });

  it('shows the beginning when nothing matches, and keeps markup as text', () => {
    expect(snippet('<img src=x onerror=alert(1)> text', [])).toEqual([{ text: '<img src=x onerror=alert(1)> text', match: false }]);
  });
});

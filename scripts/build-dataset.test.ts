import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildDataset, DatasetError } from './build-dataset';

const REPO = fileURLToPath(new URL('..', import.meta.url));

const GOOD = `---
id: example-position
title: An example
date: "2024-07-03"
source_url: https://ict4peace.org/example
source_title: Example
themes: [norms]
paragraphs:
  - ref: 3rd APR para 29 e
    version: zero
    cited: (para 29 e)
    quote: underlines the importance
verified: Read at the source URL.
---
## Summary

Our words.
`;

/** A dataset folder of its own: the real reports catalog and package.json, the given publications. */
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dataset-build-'));
  await mkdir(join(root, 'dataset', 'positions'), { recursive: true });
  await cp(join(REPO, 'dataset', 'reports.json'), join(root, 'dataset', 'reports.json'));
  await cp(join(REPO, 'package.json'), join(root, 'package.json'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const publish = (name: string, text: string) => writeFile(join(root, 'dataset', 'positions', name), text);

async function buildError(): Promise<string> {
  const error = await buildDataset(root).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).message;
}

describe('buildDataset', () => {
  it('bundles good files with the paragraph keys the detector reads, and a content hash', async () => {
    await publish('a.md', GOOD);
    const dataset = await buildDataset(root);
    expect(dataset.positions).toHaveLength(1);
    expect(dataset.positions[0]!.paragraphs).toEqual([{ kind: 'cited', key: 'apr3@zero:29e', quote: 'underlines the importance', cites: '(para 29 e)' }]);
    expect(dataset.reports.map((report) => report.id)).toEqual(['apr1', 'apr2', 'apr3', 'final']);
    const { version } = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(dataset.meta.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(dataset.meta.datasetVersion).toBe(`${version}+${dataset.meta.contentHash.slice(0, 12)}`);
    // The same content hashes the same; other content does not.
    expect((await buildDataset(root)).meta.contentHash).toBe(dataset.meta.contentHash);
    await publish('a.md', GOOD.replace('Our words.', 'Other words.'));
    expect((await buildDataset(root)).meta.contentHash).not.toBe(dataset.meta.contentHash);
  });

  it('builds the real dataset, with the July 2024 input keyed to the Zero Draft of the 3rd APR', async () => {
    const dataset = await buildDataset();
    const links = (kind: string) =>
      dataset.positions.flatMap((position) => position.paragraphs.filter((link) => link.kind === kind).map((link) => link.key)).sort();
    expect(links('cited')).toEqual(['apr3@zero:29e', 'apr3@zero:3', 'apr3@zero:5', 'apr3@zero:50', 'apr3@zero:50c', 'apr3@zero:50h']);
    expect(links('topical')).toEqual([
      ...['apr2@adopted:55', 'apr2@adopted:55', 'apr2@adopted:55'],
      ...['apr3@zero:29e', 'apr3@zero:29e', 'apr3@zero:29e', 'apr3@zero:5', 'apr3@zero:5'],
    ]);
  });

  it('stops at a bad date or an unknown theme, naming the file and the line', async () => {
    await publish('good.md', GOOD);
    await publish('bad.md', GOOD.replace('id: example-position', 'id: bad-position').replace('"2024-07-03"', '"2024-13-03"').replace('[norms]', '[norms, gossip]'));
    const message = await buildError();
    expect(message).toContain('dataset/positions/bad.md:4: date: a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(message).toMatch(/dataset\/positions\/bad\.md:7: themes: /);
    expect(message).not.toContain('good.md');
  });

  it('stops at a paragraph reference the detector cannot read as one APR paragraph', async () => {
    await publish('a.md', GOOD.replace('3rd APR para 29 e', 'the chapter on threats'));
    expect(await buildError()).toMatch(/dataset\/positions\/a\.md:9: paragraph reference "the chapter on threats": no paragraph reference found/);
    await publish('a.md', GOOD.replace('3rd APR para 29 e', 'para 5 of resolution 75/240'));
    expect(await buildError()).toMatch(/a\.md:9: .*another document/);
    await publish('a.md', GOOD.replace('3rd APR para 29 e', 'paras 3 and 5 of the 3rd APR'));
    expect(await buildError()).toMatch(/a\.md:9: .*2 paragraphs found/);
    await publish('a.md', GOOD.replace('3rd APR para 29 e', 'para 29 e'));
    expect(await buildError()).toMatch(/a\.md:9: .*does not say which report/);
    await publish('a.md', GOOD.replace('version: zero', 'version: rev7'));
    expect(await buildError()).toMatch(/a\.md:9: .*apr3 has no version "rev7"/);
  });

  it('says when a date is missing, and accepts null for a date no source shows', async () => {
    await publish('a.md', GOOD.replace('date: "2024-07-03"\n', ''));
    expect(await buildError()).toMatch(/a\.md:\d+: date: .*or null where no source shows it/);
    await publish('a.md', GOOD.replace('"2024-07-03"', 'null'));
    expect((await buildDataset(root)).positions[0]!.date).toBeNull();
    await publish('a.md', GOOD.replace('"2024-07-03"', 'null\ndate_approximate: true'));
    expect(await buildError()).toMatch(/a\.md:5: date_approximate: there is no date/);
    await publish('a.md', GOOD.replace('"2024-07-03"', '"2023-02-30"'));
    expect(await buildError()).toMatch(/a\.md:4: date: a day the calendar has/);
  });

  it('refuses a date that is not the one the publication prints', async () => {
    await publish('a.md', GOOD.replace('date: "2024-07-03"', 'date: "2024-07-03"\ndate_printed: July 3, 2024'));
    expect((await buildDataset(root)).positions[0]!.date).toBe('2024-07-03');
    await publish('a.md', GOOD.replace('date: "2024-07-03"', 'date: "2024-07"\ndate_printed: July 3, 2024'));
    expect(await buildError()).toMatch(/a\.md:5: date_printed: the publication prints "July 3, 2024", which is 2024-07-03, but date: says 2024-07/);
    await publish('a.md', GOOD.replace('date: "2024-07-03"', 'date: "2024-07-03"\ndate_printed: early July'));
    expect(await buildError()).toMatch(/a\.md:5: date_printed: "early July" is not a date/);
  });

  it('refuses a cited link without the words that name the paragraph, or with words read as another', async () => {
    await publish('a.md', GOOD.replace('    cited: (para 29 e)\n', ''));
    expect(await buildError()).toMatch(/a\.md:9: paragraph "3rd APR para 29 e": say what the link rests on: cited: .* or topical:/);
    await publish('a.md', GOOD.replace('cited: (para 29 e)', 'cited: ""'));
    expect(await buildError()).toMatch(/a\.md:9: .*cited: give the source's own words that name the paragraph/);
    await publish('a.md', GOOD.replace('cited: (para 29 e)', 'cited: (para 29 d)'));
    expect(await buildError()).toMatch(/a\.md:9: .*cited: "\(para 29 d\)" is read as apr3@zero:29d, not apr3:29e/);
    await publish('a.md', GOOD.replace('cited: (para 29 e)', 'cited: the protection of critical infrastructure'));
    expect(await buildError()).toMatch(/a\.md:9: .*names no paragraph the detector can read/);
    await publish('a.md', GOOD.replace('cited: (para 29 e)', 'cited: paras 29 and 30'));
    expect(await buildError()).toMatch(/a\.md:9: .*names 2 paragraphs/);
    await publish('a.md', GOOD.replace('cited: (para 29 e)', 'cited: article 29 e'));
    expect(await buildError()).toMatch(/a\.md:9: .*cited: "article 29 e" (is read as a paragraph of another document|names no paragraph)/);
  });

  it('keeps topical links apart: a reason, never cited words; a paraphrase never as the quote', async () => {
    const topical = GOOD.replace('cited: (para 29 e)', 'topical: On protecting critical infrastructure.').replace(
      'quote: underlines the importance',
      'quote: null\n    paraphrase: the protection of infrastructure',
    );
    await publish('a.md', topical);
    expect((await buildDataset(root)).positions[0]!.paragraphs).toEqual([
      { kind: 'topical', key: 'apr3@zero:29e', quote: null, paraphrase: 'the protection of infrastructure', reason: 'On protecting critical infrastructure.' },
    ]);
    await publish('a.md', topical.replace('topical: On protecting critical infrastructure.', 'topical: ""'));
    expect(await buildError()).toMatch(/a\.md:9: .*topical: give the reason/);
    await publish('a.md', topical.replace('topical: On', 'cited: (para 29 e)\n    topical: On'));
    expect(await buildError()).toMatch(/a\.md:9: .*say what the link rests on/);
    await publish('a.md', topical.replace('paraphrase:', 'paraphrased:'));
    expect(await buildError()).toMatch(/a\.md:9: .*unknown field paraphrased/);
  });

  it('refuses two entries with one address and different source titles', async () => {
    await publish('a.md', GOOD);
    await publish('b.md', GOOD.replace('id: example-position', 'id: other').replace('source_title: Example', 'source_title: Another title'));
    expect(await buildError()).toContain(
      'dataset/positions/b.md: source_url https://ict4peace.org/example is titled "Another title", but dataset/positions/a.md titles it "Example"',
    );
    await publish('b.md', GOOD.replace('id: example-position', 'id: other'));
    expect((await buildDataset(root)).positions).toHaveLength(2);
  });

  it('refuses a source URL that is not https', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'chrome://settings', 'http://ict4peace.org/x']) {
      await publish('a.md', GOOD.replace('https://ict4peace.org/example', JSON.stringify(url)));
      expect(await buildError()).toMatch(/a\.md:5: source_url: an https: URL/);
    }
  });

  it('refuses an entry that does not say how it was verified', async () => {
    await publish('a.md', GOOD.replace('verified: Read at the source URL.\n', ''));
    expect(await buildError()).toMatch(/a\.md:2: verified: say how the entry was checked/);
  });

  it('refuses a section theme not in the list, and a section source that is not https', async () => {
    const catalog = JSON.parse(await readFile(join(REPO, 'dataset', 'reports.json'), 'utf8')) as { reports: { sections: { themes: string[]; source: string }[] }[] };
    catalog.reports[0]!.sections[0]!.themes = ['gossip'];
    catalog.reports[1]!.sections[0]!.source = 'javascript:alert(1)';
    await writeFile(join(root, 'dataset', 'reports.json'), JSON.stringify(catalog));
    await publish('a.md', GOOD);
    const message = await buildError();
    expect(message).toMatch(/dataset\/reports\.json: report 1: sections\.0\.themes\.0: /);
    expect(message).toMatch(/dataset\/reports\.json: report 2: sections\.0\.source: an https: URL/);
  });

  it('refuses the same position id in two files', async () => {
    await publish('a.md', GOOD);
    await publish('b.md', GOOD);
    expect(await buildError()).toContain('dataset/positions/b.md: position id "example-position" is used in dataset/positions/a.md too');
  });
});

describe('dataset/README.md', () => {
  it('records how each entry was verified, as its file says', async () => {
    const readme = (await readFile(join(REPO, 'dataset', 'README.md'), 'utf8')).replace(/\s+/g, ' ');
    const dataset = await buildDataset();
    expect(dataset.positions.length).toBeGreaterThan(0);
    const names = (await readdir(join(REPO, 'dataset', 'positions'))).filter((name) => name.endsWith('.md'));
    for (const name of names) {
      const front = parseYaml((await readFile(join(REPO, 'dataset', 'positions', name), 'utf8')).split('\n---')[0]!.slice(4)) as { verified: string };
      expect(readme, name).toContain(`- \`${name}\`: ${front.verified.replace(/\s+/g, ' ')}`);
    }
  });
});

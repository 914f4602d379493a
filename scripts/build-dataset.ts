/**
 * Builds the bundled dataset: every publication in dataset/positions/ and the reports
 * catalog, validated against the schema, with a content hash. `npm run dataset` writes it
 * to .output/dataset.json and prints a summary; the WXT build adds it to the extension.
 * A file with an error stops the build with the file, the line and what is wrong.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { readPublication } from '../lib/data/dataset-markdown';
import { DatasetSchema, describeIssues, ReportSchema, SCHEMA_VERSION, type Dataset } from '../lib/data/schema';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export class DatasetError extends Error {}

export async function buildDataset(root = ROOT): Promise<Dataset> {
  const positionsDir = join(root, 'dataset', 'positions');
  const files = (await readdir(positionsDir)).filter((name) => name.endsWith('.md')).sort();
  const problems: string[] = [];
  const positions: Dataset['positions'] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const path = join('dataset', 'positions', name);
    const { positions: found, errors } = readPublication(await readFile(join(positionsDir, name), 'utf8'));
    for (const error of errors) problems.push(`${path}:${error.line}: ${error.message}`);
    for (const position of found) {
      const other = seen.get(position.id);
      if (other) problems.push(`${path}: position id "${position.id}" is used in ${other} too`);
      seen.set(position.id, path);
      positions.push(position);
    }
  }
  const catalog = JSON.parse(await readFile(join(root, 'dataset', 'reports.json'), 'utf8')) as { reports: unknown[] };
  const reports = catalog.reports.map((report, index) => {
    const parsed = v.safeParse(ReportSchema, report);
    if (!parsed.success) problems.push(`dataset/reports.json: report ${index + 1}: ${describeIssues(parsed.issues)}`);
    return parsed.success ? parsed.output : null;
  });
  if (problems.length) throw new DatasetError(`The dataset has errors:\n${problems.join('\n')}`);

  const content = { reports: reports.filter((report) => report !== null), positions };
  const contentHash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  return v.parse(DatasetSchema, { meta: { datasetVersion: `${version}+${contentHash.slice(0, 12)}`, contentHash, schemaVersion: SCHEMA_VERSION }, ...content });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const dataset = await buildDataset();
    await mkdir(join(ROOT, '.output'), { recursive: true });
    await writeFile(join(ROOT, '.output', 'dataset.json'), JSON.stringify(dataset));
    const keyed = dataset.positions.filter((position) => position.paragraphs.length > 0).length;
    console.log(`Dataset ${dataset.meta.datasetVersion}: ${dataset.positions.length} positions (${keyed} on report paragraphs), ${dataset.reports.length} reports → .output/dataset.json`);
  } catch (error) {
    console.error(error instanceof DatasetError ? error.message : error);
    process.exit(1);
  }
}

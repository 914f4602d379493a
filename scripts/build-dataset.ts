/**
 * Builds the bundled dataset: every publication in dataset/positions/ and the reports
 * catalog, validated against the schema, with a content hash. The WXT build adds it to the
 * extension as dataset.json (see wxt.config.ts); `npm run dataset` checks it, writes it to
 * .output/dataset.json for inspection and prints a summary. A file with an error stops the
 * build with the file, the line and what is wrong.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { readPublication, type KnownVersions } from '../lib/data/dataset-markdown';
import { DatasetSchema, describeIssues, ReportSchema, SCHEMA_VERSION, type Dataset, type Report } from '../lib/data/schema';
import { errorMessage } from '../lib/result';

// From a string, not a URL object: test environments with a DOM bring a URL class of their own.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export class DatasetError extends Error {}

export async function buildDataset(root = ROOT): Promise<Dataset> {
  const problems: string[] = [];
  const reports = await readCatalog(root, problems);
  const versions: KnownVersions = new Map(reports.map((report) => [report.id, new Set(report.versions.map((version) => version.label))]));

  const positionsDir = join(root, 'dataset', 'positions');
  const files = (await readdir(positionsDir)).filter((name) => name.endsWith('.md')).sort();
  const positions: Dataset['positions'] = [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const path = join('dataset', 'positions', name);
    const { positions: found, errors } = readPublication(await readFile(join(positionsDir, name), 'utf8'), versions);
    for (const error of errors) problems.push(`${path}:${error.line}: ${error.message}`);
    for (const position of found) {
      const other = seen.get(position.id);
      if (other) problems.push(`${path}: position id "${position.id}" is used in ${other} too`);
      seen.set(position.id, path);
      positions.push(position);
    }
  }
  problems.push(...titleConflicts(positions, seen));
  if (problems.length) throw new DatasetError(`The dataset has errors; nothing was written:\n${problems.join('\n')}`);

  // Canonical content: files in name order, fields in schema order, so equal content hashes equally.
  const content = { reports, positions };
  const contentHash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  return v.parse(DatasetSchema, { meta: { datasetVersion: `${version}+${contentHash.slice(0, 12)}`, contentHash, schemaVersion: SCHEMA_VERSION }, ...content });
}

/** One address is one publication: two entries citing it under different titles is a mistake in one of them. */
function titleConflicts(positions: Dataset['positions'], files: ReadonlyMap<string, string>): string[] {
  const first = new Map<string, Dataset['positions'][number]>();
  const problems: string[] = [];
  for (const position of positions) {
    if (position.sourceUrl === null) continue;
    const other = first.get(position.sourceUrl);
    if (!other) first.set(position.sourceUrl, position);
    else if (other.sourceTitle !== position.sourceTitle) {
      problems.push(
        `${files.get(position.id)}: source_url ${position.sourceUrl} is titled ${JSON.stringify(position.sourceTitle)}, ` +
          `but ${files.get(other.id)} titles it ${JSON.stringify(other.sourceTitle)}: one address, one title`,
      );
    }
  }
  return problems;
}

async function readCatalog(root: string, problems: string[]): Promise<Report[]> {
  const path = join('dataset', 'reports.json');
  let catalog: unknown;
  try {
    catalog = JSON.parse(await readFile(join(root, path), 'utf8'));
  } catch (error) {
    problems.push(`${path}:1: not readable JSON (${errorMessage(error)})`);
    return [];
  }
  const list = (catalog as { reports?: unknown } | null)?.reports;
  if (!Array.isArray(list)) {
    problems.push(`${path}:1: expected {"reports": [...]}`);
    return [];
  }
  const reports: Report[] = [];
  list.forEach((report, index) => {
    const parsed = v.safeParse(ReportSchema, report);
    if (parsed.success) reports.push(parsed.output);
    else problems.push(`${path}: report ${index + 1}: ${describeIssues(parsed.issues)}`);
  });
  return reports;
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

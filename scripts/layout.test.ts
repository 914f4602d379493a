/**
 * The rules of docs/architecture.md that the file tree itself can show, checked over every
 * source file: each failure names the files and the rule they break.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sourcesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) found.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, folder));
  return found.sort();
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file === 'components/test-data.ts';
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** The code without its comments, which may name what the code must not do. */
const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/** Every module a file imports (statically or dynamically), as written. */
function importsOf(file: string): string[] {
  const specifiers: string[] = [];
  for (const match of code(file).matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) specifiers.push(match[1]!);
  return specifiers;
}

/** A relative import as a file of the project, or the package name as written. */
function resolveImport(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = join(dirname(file), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return candidate;
  }
  return base;
}

describe('the layout of docs/architecture.md', () => {
  it('lib/ imports nothing from components/ or entrypoints/', () => {
    const offending = sourcesUnder('lib').flatMap((file) =>
      importsOf(file)
        .map((specifier) => resolveImport(file, specifier))
        .filter((target) => /^(components|entrypoints)\//.test(target))
        .map((target) => `${file} imports ${target}`),
    );
    expect(offending, 'lib/ is framework-free logic that a test imports without a browser: move what it needs from components/ into lib/').toEqual(
      [],
    );
  });

  it('entrypoints only wire: no loops, regular expressions or classes there', () => {
    const logic = /\bfor\s*\(|\bwhile\s*\(|\bclass\s+\w|new RegExp\(|\.(?:test|exec)\(|\/[^/\n*][^/\n]*\/[dgimsuy]*\.(?:test|exec)\(/;
    const offending = sourcesUnder('entrypoints')
      .filter((file) => !isTest(file))
      .filter((file) => logic.test(code(file)));
    expect(offending, 'entrypoints/ creates the parts and connects them; logic belongs in lib/, where a test reaches it').toEqual([]);
  });
});

describe('rule 4: nothing from the page or the dataset reaches HTML parsing', () => {
  it('no shipped code sets innerHTML or outerHTML, inserts HTML, or uses dangerouslySetInnerHTML', () => {
    const parsesHtml = /\.(?:innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment/;
    const offending = ['lib', 'components', 'entrypoints']
      .flatMap(sourcesUnder)
      .filter((file) => !isTest(file))
      .filter((file) => parsesHtml.test(code(file)));
    expect(offending, 'build the DOM with createElement and textContent, or with Preact, which escapes text').toEqual([]);
  });
});

describe('rule 2: content scripts never open IndexedDB', () => {
  /** Every project file the content script bundles, with the chain of imports that brings it in. */
  function contentScriptFiles(): Map<string, string[]> {
    const chains = new Map<string, string[]>([['entrypoints/content/index.ts', ['entrypoints/content/index.ts']]]);
    const queue = ['entrypoints/content/index.ts'];
    for (let file = queue.shift(); file; file = queue.shift()) {
      for (const specifier of importsOf(file)) {
        const target = resolveImport(file, specifier);
        if (chains.has(target)) continue;
        chains.set(target, [...chains.get(file)!, target]);
        if (/\.tsx?$/.test(target)) queue.push(target);
      }
    }
    return chains;
  }

  it('no module the content script bundles opens the database or imports idb', () => {
    const chains = contentScriptFiles();
    // The walk itself works: the annotator is among what the content script bundles.
    expect(chains.has('lib/annotator/annotator-core.ts')).toBe(true);
    const offending = [...chains]
      .filter(([target]) => target === 'idb' || target === 'lib/data/db.ts' || (/\.tsx?$/.test(target) && /\bindexedDB\b/.test(code(target))))
      .map(([, chain]) => chain.join(' → '));
    expect(offending, "a content script that opens IndexedDB opens the page's database: ask the background by message").toEqual([]);
  });
});

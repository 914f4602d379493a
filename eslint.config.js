// The rules a linter can check (docs/architecture.md, "What the build checks"); formatting is Prettier's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LAYOUT = {
  group: ['**/components/**', '**/entrypoints/**'],
  message: 'lib/ never imports from components/ or entrypoints/: it is logic a test reaches without a browser (docs/architecture.md, "Layout").',
};
const NO_DATABASE = {
  group: ['idb', '**/data/db', '**/data/db.ts'],
  message: "Content-script code never opens IndexedDB: it would open the page's database. Ask the background by message (docs/architecture.md, rule 2).",
};
const HTML_MESSAGE = 'Nothing from the page or the dataset reaches HTML parsing: use textContent or Preact (docs/architecture.md, rule 4).';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/', 'tests/pages/', 'tests/detector-corpus/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Unused names are the typecheck's (noUnusedLocals, noUnusedParameters); `_` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]', message: HTML_MESSAGE },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: HTML_MESSAGE },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: HTML_MESSAGE },
      ],
    },
  },
  {
    // Tests build their fixture pages from markup of their own.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LAYOUT] }] },
  },
  {
    // What the content script bundles (scripts/layout.test.ts follows its imports to check the rest).
    files: ['lib/annotator/**', 'lib/page/**', 'lib/detector/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [LAYOUT, NO_DATABASE] }] },
  },
  {
    files: ['entrypoints/content/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_DATABASE] }] },
  },
);

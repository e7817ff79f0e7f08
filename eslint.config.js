// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The app and the pipeline meet only in src/shared: each import direction is a lint error. */
const noPipelineFromApp = {
  patterns: [
    {
      group: ['**/pipeline/**', '**/pipeline'],
      message: 'The app must not import the Node content pipeline; share types through src/shared.',
    },
    { group: ['node:*'], message: 'Browser code cannot use Node modules.' },
  ],
};
/** The Trusted Types policy passes HTML through: only the sanitizer may hold it. */
const appImports = {
  patterns: [
    ...noPipelineFromApp.patterns,
    {
      group: ['**/lib/trusted-types*'],
      message: 'Only the sanitizer and the service worker registration use the Trusted Types policy.',
    },
  ],
};
const noAppFromPipeline = {
  patterns: [
    {
      group: ['**/app/**', '**/app'],
      message: 'The pipeline must not import browser code; share types through src/shared.',
    },
  ],
};
const noInnerHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Only src/app/components/safe-html.tsx may set inner HTML.',
};
/** Every word of the interface comes from the message catalogues (src/app/i18n/zh and en), in both languages. */
const HAN = '[\\u3400-\\u9fff]';
const noHardCodedText = [
  {
    selector: `Literal[value=/${HAN}/]`,
    message: 'Chinese text belongs in src/app/i18n/zh (and its translation in en).',
  },
  {
    selector: `TemplateElement[value.raw=/${HAN}/]`,
    message: 'Chinese text belongs in src/app/i18n/zh (and its translation in en).',
  },
  {
    selector: `JSXText[value=/${HAN}|[A-Za-z]{3,}/]`,
    message: 'Words on the page come from the message catalogues (src/app/i18n).',
  },
  {
    selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt)$/] > Literal[value=/[A-Za-z]{3,}/]',
    message: 'Labels come from the message catalogues (src/app/i18n).',
  },
];
const sharedStaysPure = {
  patterns: [
    { group: ['**/app/**', '**/pipeline/**'], message: 'src/shared is the contract: it imports neither side.' },
    { group: ['node:*'], message: 'src/shared runs in browsers too.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', '.bundle/', 'node_modules/', 'test-results/', 'bench-results/', '.synth/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'public/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': ['error', noInnerHtml],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'test/component/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/i18n/zh/**', 'src/app/i18n/en/**'],
    rules: {
      'no-restricted-imports': ['error', appImports],
      'no-restricted-syntax': ['error', noInnerHtml, ...noHardCodedText],
    },
  },
  { files: ['src/app/i18n/zh/**', 'src/app/i18n/en/**'], rules: { 'no-restricted-imports': ['error', appImports] } },
  {
    files: ['src/app/lib/sanitize*.ts', 'src/app/features/offline/use-service-worker.ts'],
    rules: { 'no-restricted-imports': ['error', noPipelineFromApp] },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': ['error', noAppFromPipeline] },
  },
  { files: ['src/shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', sharedStaysPure] } },
  {
    // Content is untrusted: a pattern that backtracks over a crafted line of 100 KB hangs the
    // build (issue 18), so every pattern that reads content must run in linear time.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false, ignoreSticky: false }],
    },
  },
  { files: ['src/app/components/safe-html.tsx'], rules: { 'no-restricted-syntax': 'off' } },
  {
    // A URL is anyone's to type: a malformed escape must not throw (src/shared/safe-decode.ts).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/safe-decode.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'decodeURIComponent', message: 'Use safeDecode from src/shared/safe-decode.ts.' },
        { name: 'decodeURI', message: 'Use safeDecode from src/shared/safe-decode.ts.' },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'vite.config.ts'],
    languageOptions: { globals: globals.node },
    // Vitest's asymmetric matchers (expect.objectContaining …) are typed any.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    // A plain script that runs before the bundle (see index.html): browser globals, no types.
    files: ['public/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);

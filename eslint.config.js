// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const TABLE_MESSAGE =
  'A table typed Record<string, …> finds Object.prototype’s names: use a Map, or own() from src/model/own.ts.';
const TABLE_RULES = [
  "VariableDeclarator > Identifier > TSTypeAnnotation TSTypeReference[typeName.name='Record'] > TSTypeParameterInstantiation > TSStringKeyword:first-child",
  "PropertyDefinition > TSTypeAnnotation TSTypeReference[typeName.name='Record'] > TSTypeParameterInstantiation > TSStringKeyword:first-child",
  'VariableDeclarator > Identifier > TSTypeAnnotation TSIndexSignature',
  'PropertyDefinition > TSTypeAnnotation TSIndexSignature',
].map((selector) => ({ selector, message: TABLE_MESSAGE }));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'test-results',
      'playwright-report',
      '.bench',
      '.scratch',
      'src/**/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/elements/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/elements/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // A table keyed by any string finds what every object inherits (`constructor`, `__proto__`…)
    // when the key comes from a link, storage or a message: use a Map, or `own()` on a table
    // whose keys are known (`as const satisfies Record<string, …>`).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...TABLE_RULES],
    },
  },
  {
    // Scripts and tests report to the terminal.
    files: ['scripts/**', 'test/**', 'e2e/**', '*.config.ts', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The model is pure: nothing of the app's, no DOM, no clock.
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', 'lit', 'lit/*', 'd3-*', 'topojson-*'],
              message: 'src/model imports nothing of ours but itself, and no DOM library.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...TABLE_RULES,
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'The model never reads the clock or parses dates with Date: use iso-date.ts.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'The model never reads the clock: pass today in.',
        },
      ],
    },
  },
  prettier,
);

// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'net', 'http', 'https', 'url'];

/**
 * The layering rule (ARCHITECTURE.md): shared imports no electron, Node or other
 * layer; main and renderer never import each other; preload imports only shared.
 */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  layer(
    ['src/shared/**'],
    ['electron', ...nodeBuiltins, '**/main/**', '**/renderer/**', '**/preload/**', 'react', 'react-dom'],
    'src/shared is pure TypeScript: no electron, Node, DOM or other layers.',
  ),
  layer(['src/main/**'], ['**/renderer/**', '**/preload/**'], 'main never imports the renderer or preload.'),
  layer(
    ['src/renderer/**'],
    ['electron', ...nodeBuiltins, '**/main/**', '**/preload/**'],
    'the renderer reaches main only through window.studio.',
  ),
  layer(
    ['src/preload/**'],
    [...nodeBuiltins, '**/main/**', '**/renderer/**'],
    'preload imports only shared.',
  ),
);

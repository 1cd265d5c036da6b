import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { basePath: '..', ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'docs/**', '**/*.js', '**/*.mjs'] },
  {
    basePath: '..',
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    basePath: '..',
    files: ['src/**/*.ts'],
    rules: { 'no-console': 'error', '@typescript-eslint/no-explicit-any': 'error' },
  },
);

// The flat config a project adds to use authlint: the recommended preset, TypeScript parsed without type information.
import authlint from 'eslint-plugin-authlint';
import tsParser from '@typescript-eslint/parser';

export default [
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parser: tsParser },
  },
  authlint.configs.recommended,
];

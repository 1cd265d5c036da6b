// The built add-on (dist/Code.js, made by `npm test` before jest runs), read once per test file.
import { readFileSync } from 'node:fs';

export const BUNDLE = readFileSync('dist/Code.js', 'utf8');

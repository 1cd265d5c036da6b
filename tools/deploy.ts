// npm run deploy: refuses the placeholder script ID, else lint + tests + build, then clasp push.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';
const clasp = JSON.parse(readFileSync('.clasp.json', 'utf8')) as { scriptId?: string };
if (!clasp.scriptId || clasp.scriptId === PLACEHOLDER) {
  console.error(
    '.clasp.json still has the placeholder script ID. Create a script bound to a new spreadsheet with ' +
      '`npx clasp create --type sheets --rootDir dist`, or link an existing one with `npx clasp clone <scriptId> --rootDir dist`, ' +
      'then put its scriptId in .clasp.json (rootDir stays "dist").',
  );
  process.exit(2);
}
for (const step of ['npm run lint', 'npm run typecheck', 'npm test', 'npm run build', 'npx clasp push --force']) {
  console.log(`> ${step}`);
  execSync(step, { stdio: 'inherit' });
}

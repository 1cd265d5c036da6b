// `npm run demo`: builds the sample workbook with the add-on itself (Thiết lập bảng tính, answering YES to
// "load the sample data"), saves it, runs the headless CLI on it at the sample's date, and prints a short
// summary read from the JSON report. Writes out/demo-input.xlsx, out/demo.xlsx and out/demo.json.
// `npm run demo -- --today 2020-07-20` shows the end of the season instead of mid-season.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_ADMIN } from '../../src/core/sample/organisation';
import { SAMPLE_TODAY } from '../../src/core/sample/progress';
import { Emulator } from '../emulator';
import { cli } from './main';
import type { HeadlessReport } from './run';
import { summaryLines } from './summary-text';

const OUT_DIR = 'out';

async function buildSample(path: string, today: string): Promise<void> {
  const emulator = Emulator.create({ today, user: { email: SAMPLE_ADMIN, locale: 'vi' } });
  emulator.open({ authMode: 'FULL' });
  emulator.answerAlerts(['YES']);
  emulator.run('menuSetup');
  await emulator.saveXlsx(path);
}

/**
 * The demo's date: SAMPLE_TODAY (mid-season), or `--today yyyy-mm-dd`; from 01/07/2020 to the end of 2020 the
 * sample is recorded as of that day, so the season's end shows (27/27 grassroots organisations).
 */
function demoDate(args: readonly string[]): string | null {
  const i = args.indexOf('--today');
  if (i < 0) return SAMPLE_TODAY;
  const value = args[i + 1] ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const input = join(OUT_DIR, 'demo-input.xlsx');
  const jsonPath = join(OUT_DIR, 'demo.json');
  const today = demoDate(process.argv.slice(2));
  if (today === null) {
    process.stderr.write('demo: --today takes a date yyyy-mm-dd, e.g. npm run demo -- --today 2020-07-20\n');
    process.exitCode = 2;
    return;
  }
  await buildSample(input, today);
  const errors: string[] = [];
  const code = await cli(
    ['--workbook', input, '--today', today, '--out', join(OUT_DIR, 'demo.xlsx'), '--json', jsonPath],
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => errors.push(t),
    },
  );
  if (code !== 0) {
    process.stderr.write(errors.join(''));
    process.exitCode = code;
    return;
  }
  const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as HeadlessReport;
  const lang = (process.env.LANG ?? '').toLowerCase().startsWith('vi') ? 'vi' : 'en';
  process.stdout.write(`${summaryLines(report, lang).join('\n')}\n`);
  process.stdout.write(`→ ${input}, ${join(OUT_DIR, 'demo.xlsx')}, ${jsonPath}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

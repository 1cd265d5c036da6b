// `npm run demo`: builds the sample workbook with the add-on itself (Thiết lập bảng tính, answering YES to
// "load the sample data"), saves it, runs the headless CLI on it at the sample's date, and prints a short
// summary read from the JSON report. Writes out/demo-input.xlsx, out/demo.xlsx and out/demo.json.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_ADMIN } from '../../src/core/sample/organisation';
import { SAMPLE_TODAY } from '../../src/core/sample/progress';
import { Emulator } from '../emulator';
import { cli } from './main';
import type { HeadlessReport } from './run';
import { summaryLines } from './summary-text';

const OUT_DIR = 'out';

async function buildSample(path: string): Promise<void> {
  const emulator = Emulator.create({ today: SAMPLE_TODAY, user: { email: SAMPLE_ADMIN, locale: 'vi' } });
  emulator.open({ authMode: 'FULL' });
  emulator.answerAlerts(['YES']);
  emulator.run('menuSetup');
  await emulator.saveXlsx(path);
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const input = join(OUT_DIR, 'demo-input.xlsx');
  const jsonPath = join(OUT_DIR, 'demo.json');
  await buildSample(input);
  const errors: string[] = [];
  const code = await cli(['--workbook', input, '--today', SAMPLE_TODAY, '--out', join(OUT_DIR, 'demo.xlsx'), '--json', jsonPath], {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => errors.push(t),
  });
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

// `npm run demo`: builds the sample workbook with the add-on itself (Thiết lập bảng tính, answering YES to
// "load the sample data"), saves it, runs the headless CLI on it at the sample's date, and prints a short
// summary read from the JSON report. Writes out/demo-input.xlsx, out/demo.xlsx and out/demo.json.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_ADMIN, SAMPLE_ORGANISATION, SAMPLE_TERM, SAMPLE_UNITS } from '../../src/core/sample/organisation';
import { SAMPLE_TODAY } from '../../src/core/sample/progress';
import { SETTING, SETTINGS, UNITS } from '../../src/core/schema';
import { Emulator } from '../emulator';
import { cli } from './main';
import type { HeadlessReport } from './run';
import { summaryLines } from './summary-text';

const OUT_DIR = 'out';

interface HostRange {
  setValues(values: unknown[][]): unknown;
}
interface HostSheet {
  getRange(row: number, column: number, rows: number, columns: number): HostRange;
  setName(name: string): unknown;
}
interface HostSpreadsheet {
  getSheets(): HostSheet[];
  insertSheet(name: string): HostSheet;
}

/** Until the bundle has menuSetup: the Settings and Units sheets of the sample, written directly. */
function writeMinimalSample(emulator: Emulator): void {
  const doc = (emulator.backend.spreadsheetApp as { getActiveSpreadsheet(): HostSpreadsheet }).getActiveSpreadsheet();
  const settings = doc.getSheets()[0];
  if (!settings) throw new Error('the new workbook has no sheet');
  settings.setName(SETTINGS.vi);
  const settingRows = [
    [SETTINGS.columns[0]?.vi, SETTINGS.columns[1]?.vi],
    [SETTING.organisation.vi, SAMPLE_ORGANISATION],
    [SETTING.term.vi, SAMPLE_TERM],
    [SETTING.administrators.vi, SAMPLE_ADMIN],
  ];
  settings.getRange(1, 1, settingRows.length, 2).setValues(settingRows);
  const units = doc.insertSheet(UNITS.vi);
  const keys = ['unitId', 'name', 'type', 'parentId', 'members', 'congressDate', 'pilot', 'editors'];
  const header = keys.map((k) => UNITS.columns.find((c) => c.key === k)?.vi ?? k);
  const rows = SAMPLE_UNITS.map((u) => [u.id, u.name, u.type, u.parentId ?? '', u.members, u.congressDate ? `${u.congressDate.slice(8, 10)}/${u.congressDate.slice(5, 7)}/${u.congressDate.slice(0, 4)}` : '', u.pilot, u.editors.join(', ')]);
  units.getRange(1, 1, rows.length + 1, keys.length).setValues([header, ...rows]);
}

async function buildSample(path: string): Promise<void> {
  const emulator = Emulator.create({ today: SAMPLE_TODAY, user: { email: SAMPLE_ADMIN, locale: 'vi' } });
  if (emulator.hasFunction('menuSetup')) {
    emulator.open({ authMode: 'FULL' });
    emulator.answerAlerts(['YES']);
    emulator.run('menuSetup');
  } else {
    writeMinimalSample(emulator);
  }
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

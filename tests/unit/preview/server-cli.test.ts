// `npm start`'s server process: arguments, its URL on stdout, the sample's state, a clean stop on SIGTERM
// that saves the workbook when --save is given.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../../tools/preview/args';

test.each([
  [[], { port: 8080 }],
  [['--port', '0', '--save', 'out.xlsx'], { port: 0, save: 'out.xlsx' }],
  [
    ['--port=9000', '--workbook=in.xlsx', '--today', '2020-06-30', '--user', 'a@b.vn', '--locale', 'en'],
    { port: 9000, workbook: 'in.xlsx', today: '2020-06-30', user: 'a@b.vn', locale: 'en' },
  ],
])('parseArgs(%j)', (argv, expected) => {
  expect(parseArgs(argv)).toEqual(expected);
});

test.each([[['--port', '70000']], [['--port']], [['--today', '30/06/2020']], [['--bogus']]])(
  'parseArgs refuses %j',
  (argv) => {
    expect(() => parseArgs(argv)).toThrow(/usage: npm start/);
  },
);

test('serves the sample on a free port and stops cleanly on SIGTERM, saving with --save', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'preview-cli-')), 'saved.xlsx');
  const child = spawn(process.execPath, ['tools/run-ts.mjs', 'tools/preview/server.ts', '--port', '0', '--save', out], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
      if (m) {
        clearInterval(timer);
        resolve(m[0]);
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`server exited: ${stderr}`));
      }
    }, 50);
  });
  const state = (await (await fetch(new URL('/api/state', url))).json()) as {
    context: { today: string };
    sheets: string[];
    menu: { items: unknown[] };
  };
  expect(state.context.today).toBe('2020-05-15');
  expect(state.sheets).toEqual(expect.arrayContaining(['Đơn vị', 'Mốc công việc', 'Cài đặt']));
  expect(state.menu.items.length).toBeGreaterThan(3);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(stdout).toContain('Preview stopped (SIGTERM)');
  expect(existsSync(out)).toBe(true);
}, 60_000);

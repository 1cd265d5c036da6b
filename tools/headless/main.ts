// The headless runner of docs/workbook.md §10:
//   npm run --silent headless -- --workbook IN.xlsx --today YYYY-MM-DD [--out OUT.xlsx] [--json OUT.json]
//         [--user EMAIL] [--action refresh|validate|report|all | --steps STEPS.json] [--identity workspace|consumer]
// Exit status: 0 when it ran (whatever the data issues), 2 when the workbook or the steps file cannot be read
// or the command line is wrong, 1 on an internal failure; each failure prints one line on stderr, never a stack trace.
// With neither --out nor --json, the JSON report goes to stdout ('--json -' does the same).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_TIME_ZONE, Emulator } from '../emulator';
import { USAGE, UsageError, parseArgs, type HeadlessOptions } from './options';
import { HeadlessFailure, headlessRun, type HeadlessReport } from './run';
import { StepsError, parseSteps, type Step } from './steps';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliOptions {
  /** Directory of the built bundle; default 'dist'. */
  distDir?: string;
}

/** A workbook that cannot be opened: exit status 2. */
class UnreadableWorkbook extends Error {}

/** The steps file, parsed; a file that cannot be read or used is a StepsError naming it. */
function readSteps(path: string): Step[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new StepsError(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`,
    );
  }
  try {
    return parseSteps(text);
  } catch (error) {
    if (error instanceof StepsError) throw new StepsError(`${path}: ${error.message}`);
    throw error;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function openWorkbook(options: HeadlessOptions, cli: CliOptions): Promise<Emulator> {
  if (!existsSync(options.workbook)) throw new UnreadableWorkbook(`cannot read ${options.workbook}: no such file`);
  try {
    readFileSync(options.workbook, { flag: 'r' }).subarray(0, 0);
  } catch (error) {
    throw new UnreadableWorkbook(
      `cannot read ${options.workbook}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    return await Emulator.fromXlsx(options.workbook, {
      today: options.today,
      timeZone: DEFAULT_TIME_ZONE,
      identity: options.identity,
      ...(cli.distDir ? { distDir: cli.distDir } : {}),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Code\.js not found/.test(message)) throw new HeadlessFailure(message);
    throw new UnreadableWorkbook(
      /^cannot read /i.test(message)
        ? message.replace(/^Cannot/, 'cannot')
        : `cannot read ${options.workbook}: ${message}`,
    );
  }
}

function writeFile(path: string, data: string | Buffer): void {
  const dir = dirname(path);
  if (dir && !existsSync(dir)) mkdirSync(dir, { recursive: true });
  writeFileSync(path, data);
}

/** Runs the CLI; returns the exit status. */
export async function cli(argv: readonly string[], io: CliIo, cliOptions: CliOptions = {}): Promise<number> {
  let options: HeadlessOptions;
  try {
    const parsed = parseArgs(argv);
    if (parsed === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    options = parsed;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`headless: ${error.message} (${USAGE})\n`);
      return 2;
    }
    throw error;
  }
  try {
    const steps = options.steps === undefined ? undefined : readSteps(options.steps);
    const emulator = await openWorkbook(options, cliOptions);
    const report: HeadlessReport = headlessRun(emulator, {
      action: options.action,
      ...(steps ? { steps } : {}),
      ...(options.user ? { user: options.user } : {}),
    });
    if (options.out) {
      const dir = dirname(options.out);
      if (dir && !existsSync(dir)) mkdirSync(dir, { recursive: true });
      await emulator.saveXlsx(options.out);
    }
    const json = `${JSON.stringify(report, null, 1)}\n`;
    if (options.json && options.json !== '-') writeFile(options.json, json);
    else if (options.json === '-' || !options.out) io.stdout(json);
    return 0;
  } catch (error) {
    const message = oneLine(error instanceof Error ? error.message : String(error));
    if (error instanceof UnreadableWorkbook || error instanceof StepsError) {
      io.stderr(`headless: ${message}\n`);
      return 2;
    }
    io.stderr(`headless: ${error instanceof HeadlessFailure ? '' : 'internal error: '}${message}\n`);
    return 1;
  }
}

const isEntry = /headless[\\/]main(\.ts)?$|main-\d+\.mjs$/.test(process.argv[1] ?? '');
if (isEntry) {
  cli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      process.stderr.write(
        `headless: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`,
      );
      process.exitCode = 1;
    });
}

// What `npm run deploy` and `npm run deploy:prod` decide, with every outside effect (commands, questions,
// files' location, the home directory) passed in, so the decisions are tested with clasp replaced by a stub.
//   1. Which script: development (.clasp.json) unless --prod. When none is linked, explain and offer the two
//      ways — create a script bound to a new spreadsheet, or link an existing script ID — and write the
//      project file; without a terminal, only --create or --link do that, otherwise nothing happens.
//   2. Production only on purpose: --prod (npm run deploy:prod), and the last 4 characters of its script ID
//      typed back (or --yes where there is no terminal); development never points at the production script.
//   3. Lint, type check, tests and build first; the first failure stops everything.
//   4. `clasp -P <project file> push --force`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  TARGETS,
  isScriptId,
  readTarget,
  scriptUrl,
  spreadsheetUrl,
  writeTarget,
  type TargetDef,
  type TargetState,
} from './targets';

export interface DeployIo {
  /** The repository root. */
  root: string;
  home: string;
  env: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
  /** Asks on the terminal; null when there is none (CI, a pipe). */
  ask: ((question: string) => Promise<string>) | null;
  /** Runs argv (argv[0] 'clasp' is the project's own clasp); stdout is returned when captured. */
  run(argv: readonly string[], options?: { cwd?: string; capture?: boolean }): { status: number; stdout: string };
  /** A new empty directory for `clasp create` to work in. */
  tempDir(): string;
}

export const CHECKS: readonly (readonly string[])[] = [
  ['npm', 'run', '--silent', 'lint'],
  ['npm', 'run', '--silent', 'typecheck'],
  ['npm', 'test'],
  ['npm', 'run', '--silent', 'build'],
];

export const USAGE =
  'usage: npm run deploy [-- --create [--title TITLE] | --link SCRIPT_ID]   ·   npm run deploy:prod [-- --create | --link SCRIPT_ID] [--yes]';

interface Args {
  prod: boolean;
  create: boolean;
  title?: string;
  link?: string;
  yes: boolean;
}

class Refusal extends Error {}

function parseArgs(argv: readonly string[]): Args | 'help' {
  const args: Args = { prod: false, create: false, yes: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Refusal(`${arg} needs a value (${USAGE})`);
      return v;
    };
    if (arg === '--') continue;
    else if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--prod') args.prod = true;
    else if (arg === '--create') args.create = true;
    else if (arg === '--yes') args.yes = true;
    else if (arg === '--title') args.title = value();
    else if (arg === '--link') args.link = value().trim();
    else throw new Refusal(`unknown argument '${arg}' (${USAGE})`);
  }
  if (args.create && args.link !== undefined)
    throw new Refusal('--create and --link are two different ways: choose one');
  return args;
}

function explainUnlinked(def: TargetDef, state: TargetState): string[] {
  let why = '';
  if (!state.linked) {
    if (state.reason === 'unusable') why = state.problem;
    else why = state.reason === 'missing' ? `${def.file} does not exist` : `${def.file} still has the placeholder ID`;
  }
  return [
    `No Apps Script project is linked for ${def.label} (${why}). Two ways to link one:`,
    `  1. create a new Google spreadsheet with the script bound to it: ${def.command} -- --create [--title "${def.title}"]`,
    `  2. link an existing script by its ID (Apps Script editor → Project Settings → IDs → Script ID): ${def.command} -- --link <scriptId>`,
    `Either way ${def.file} is written for you (rootDir "dist"); \`npx clasp login\` must have been run once.`,
  ];
}

function loggedIn(io: DeployIo): boolean {
  if (io.env.clasp_config_auth) return true;
  return existsSync(join(io.home, '.clasprc.json')) || existsSync(join(io.root, '.clasprc.json'));
}

/** The script ID (and the spreadsheet's ID) `clasp create --json` printed, or wrote in its project file. */
function createdIds(stdout: string, dir: string): { scriptId: string; parentId?: string } | null {
  const candidates = [
    stdout.slice(stdout.indexOf('{')),
    existsSync(join(dir, '.clasp.json')) ? readFileSync(join(dir, '.clasp.json'), 'utf8') : '',
  ];
  for (const text of candidates) {
    try {
      const parsed = JSON.parse(text) as { scriptId?: unknown; parentId?: unknown };
      const parent = Array.isArray(parsed.parentId) ? parsed.parentId[0] : parsed.parentId;
      if (typeof parsed.scriptId === 'string' && isScriptId(parsed.scriptId)) {
        return typeof parent === 'string' && parent
          ? { scriptId: parsed.scriptId, parentId: parent }
          : { scriptId: parsed.scriptId };
      }
    } catch {
      // not this one
    }
  }
  return null;
}

async function chooseWay(
  io: DeployIo,
  def: TargetDef,
  args: Args,
  state: TargetState,
): Promise<{ way: 'create'; title: string } | { way: 'link'; id: string }> {
  if (args.link !== undefined) return { way: 'link', id: args.link };
  if (args.create) return { way: 'create', title: args.title ?? def.title };
  if (!io.ask) throw new Refusal(explainUnlinked(def, state).join('\n'));
  for (const line of explainUnlinked(def, state)) io.out(line);
  const answer = (await io.ask('Choose 1 (create), 2 (link) or q (stop): ')).trim().toLowerCase();
  if (answer === '1') return { way: 'create', title: args.title ?? def.title };
  if (answer === '2') return { way: 'link', id: (await io.ask('Script ID: ')).trim() };
  throw new Refusal('Stopped: nothing was linked or pushed.');
}

/** Links the target the chosen way; returns its state after writing the project file. */
async function link(
  io: DeployIo,
  def: TargetDef,
  other: TargetDef,
  args: Args,
  state: TargetState,
): Promise<TargetState & { linked: true }> {
  const choice = await chooseWay(io, def, args, state);
  let ids: { scriptId: string; parentId?: string };
  if (choice.way === 'link') {
    if (!isScriptId(choice.id))
      throw new Refusal(
        `'${choice.id}' is not an Apps Script project ID (25 or more letters, digits, - and _; Project Settings → IDs). Nothing was written.`,
      );
    ids = { scriptId: choice.id };
  } else {
    if (!loggedIn(io)) throw new Refusal('clasp is not logged in: run `npx clasp login` once, then deploy again.');
    const dir = io.tempDir();
    io.out(`> clasp create --type sheets --title "${choice.title}"`);
    const created = io.run(
      ['clasp', 'create', '--type', 'sheets', '--title', choice.title, '--rootDir', '.', '--json'],
      { cwd: dir, capture: true },
    );
    const found = created.status === 0 ? createdIds(created.stdout, dir) : null;
    if (!found)
      throw new Refusal(
        `clasp create failed (status ${created.status}); nothing was written. Its output: ${created.stdout.trim() || '(none)'}`,
      );
    ids = found;
  }
  const otherState = readTarget(io.root, other);
  if (otherState.linked && otherState.scriptId === ids.scriptId) {
    throw new Refusal(
      `${ids.scriptId} is already the ${other.label} script (${other.file}); ${def.label} needs a script of its own. Nothing was written.`,
    );
  }
  writeTarget(io.root, def, ids.scriptId, ids.parentId);
  io.out(`Wrote ${def.file}: ${def.label} is script ${ids.scriptId} (${scriptUrl(ids.scriptId)}).`);
  if (ids.parentId) io.out(`Its spreadsheet: ${spreadsheetUrl(ids.parentId)}`);
  return { linked: true, ...ids };
}

async function confirmProduction(io: DeployIo, def: TargetDef, scriptId: string, args: Args): Promise<void> {
  if (args.yes) return;
  const tail = scriptId.slice(-4);
  if (!io.ask)
    throw new Refusal(
      `Refusing to push to ${def.label} without confirmation: run ${def.command} in a terminal, or add -- --yes where there is none.`,
    );
  io.out(`This pushes the add-on to the ${def.label} script ${scriptId} — the office's spreadsheet, used by everyone.`);
  const typed = (await io.ask('Type the last 4 characters of that ID to go on: ')).trim();
  if (typed !== tail) throw new Refusal('Not confirmed: nothing was pushed.');
}

async function deployTo(io: DeployIo, args: Args): Promise<number> {
  const def = args.prod ? TARGETS.prod : TARGETS.dev;
  const other = args.prod ? TARGETS.dev : TARGETS.prod;
  let state = readTarget(io.root, def);
  if (!state.linked && state.reason === 'unusable' && !args.create && args.link === undefined) {
    throw new Refusal(`${state.problem}. Fix it, or delete ${def.file} and run ${def.command} again to link a script.`);
  }
  if (state.linked && (args.create || args.link !== undefined)) {
    throw new Refusal(
      `${def.file} already links ${def.label} to ${state.scriptId}; delete it first to link another script. Nothing was changed.`,
    );
  }
  if (!state.linked) state = await link(io, def, other, args, state);
  if (!state.linked) return 1;
  const otherState = readTarget(io.root, other);
  if (otherState.linked && otherState.scriptId === state.scriptId) {
    throw new Refusal(
      `${def.file} and ${other.file} name the same script ${state.scriptId}: development must never be the office's production script. Link development to a script of its own.`,
    );
  }
  if (args.prod) await confirmProduction(io, def, state.scriptId, args);
  if (!loggedIn(io)) throw new Refusal('clasp is not logged in: run `npx clasp login` once, then deploy again.');
  for (const check of CHECKS) {
    io.out(`> ${check.join(' ')}`);
    const { status } = io.run(check);
    if (status !== 0) {
      io.err(`deploy: \`${check.join(' ')}\` failed (status ${status}); nothing was pushed.`);
      return 1;
    }
  }
  for (const file of ['Code.js', 'appsscript.json']) {
    if (!existsSync(join(io.root, 'dist', file)))
      throw new Refusal(`dist/${file} is missing after the build; nothing was pushed.`);
  }
  const push = ['clasp', '-P', def.file, 'push', '--force'];
  io.out(`> ${push.join(' ')}`);
  const pushed = io.run(push);
  if (pushed.status !== 0) {
    io.err(`deploy: clasp push to ${def.label} failed (status ${pushed.status}).`);
    return 1;
  }
  io.out(`Pushed to ${def.label}: ${scriptUrl(state.scriptId)}`);
  if (state.parentId)
    io.out(
      `Open the spreadsheet, reload it and use Tiện ích mở rộng → the add-on's menu: ${spreadsheetUrl(state.parentId)}`,
    );
  if (args.prod) io.out(`Commit ${def.file} so that every maintainer deploys to this same production script.`);
  return 0;
}

/** Runs `npm run deploy` with these arguments; returns the exit status (0 pushed, 2 refused, 1 a step failed). */
export async function deploy(argv: readonly string[], io: DeployIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      io.out(USAGE);
      return 0;
    }
    return await deployTo(io, args);
  } catch (error) {
    if (error instanceof Refusal) {
      io.err(`deploy: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

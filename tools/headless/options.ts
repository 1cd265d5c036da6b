// Command-line options of the headless runner (docs/workbook.md §10).

export type HeadlessAction = 'refresh' | 'validate' | 'report' | 'all';

export interface HeadlessOptions {
  workbook: string;
  today: string;
  out?: string;
  json?: string;
  user?: string;
  action: HeadlessAction;
  /** A steps file replacing the action (docs/workbook.md §10). */
  steps?: string;
  /** How much of other users' identity Google reveals to triggers; default workspace. */
  identity: HeadlessIdentity;
}

export type HeadlessIdentity = 'workspace' | 'consumer';
const IDENTITIES: readonly HeadlessIdentity[] = ['workspace', 'consumer'];

export const USAGE =
  'usage: npm run --silent headless -- --workbook IN.xlsx --today YYYY-MM-DD [--out OUT.xlsx] [--json OUT.json] [--user EMAIL] [--action refresh|validate|report|all | --steps STEPS.json] [--identity workspace|consumer]';

/** A mistake in the command line: exit status 2 with a one-line message. */
export class UsageError extends Error {}

const ACTIONS: readonly HeadlessAction[] = ['refresh', 'validate', 'report', 'all'];
const VALUED = new Set(['workbook', 'today', 'out', 'json', 'user', 'action', 'steps', 'identity']);

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Parses `--name value` and `--name=value`; returns 'help' for --help/-h. */
export function parseArgs(argv: readonly string[]): HeadlessOptions | 'help' {
  const seen: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--') continue;
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`unexpected argument '${arg}'`);
    const name = m[1] ?? '';
    if (!VALUED.has(name)) throw new UsageError(`unknown option --${name}`);
    let value = m[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      i++;
    }
    if (name in seen) throw new UsageError(`--${name} given twice`);
    seen[name] = value;
  }
  if (!seen.workbook) throw new UsageError('--workbook is required');
  if (!seen.today) throw new UsageError('--today is required');
  if (!isIsoDate(seen.today))
    throw new UsageError(`--today must be a real date written YYYY-MM-DD, got '${seen.today}'`);
  const action = (seen.action ?? 'all') as HeadlessAction;
  if (!ACTIONS.includes(action))
    throw new UsageError(`--action must be one of ${ACTIONS.join(', ')}, got '${seen.action}'`);
  if (seen.steps !== undefined && seen.action !== undefined)
    throw new UsageError('--steps replaces --action: give one of them');
  const identity = (seen.identity ?? 'workspace') as HeadlessIdentity;
  if (!IDENTITIES.includes(identity))
    throw new UsageError(`--identity must be workspace or consumer, got '${seen.identity}'`);
  if (seen.user !== undefined && !/^[^\s@]+@[^\s@]+$/.test(seen.user))
    throw new UsageError(`--user must be an email address, got '${seen.user}'`);
  return {
    workbook: seen.workbook,
    today: seen.today,
    action,
    identity,
    ...(seen.steps !== undefined ? { steps: seen.steps } : {}),
    ...(seen.out !== undefined ? { out: seen.out } : {}),
    ...(seen.json !== undefined ? { json: seen.json } : {}),
    ...(seen.user !== undefined ? { user: seen.user } : {}),
  };
}

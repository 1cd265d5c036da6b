// `npm run deploy` / `npm run deploy:prod` decisions, from a fresh clone, with clasp and the checks replaced by
// a stub that records what would run (no network): refusing without a target, creating or linking one when
// asked, development by default, production only on purpose, the checks before any push.
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKS, deploy, type DeployIo } from '../tools/deploy/deploy';

const DEV_ID = '1devScriptIdAbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcDEV1';
const PROD_ID = '1prodScriptIdAbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abPROD';
const SHEET_ID = '1spreadsheetIdAbCdEfGhIjKlMnOpQrStUvWxYz012345678';

interface Stub {
  io: DeployIo;
  root: string;
  ran: string[];
  out: string[];
  err: string[];
  asked: string[];
}

/** A fresh clone (no clasp project file), logged in unless told otherwise; `answers` typed at the terminal. */
function fresh(options: { answers?: string[] | null; loggedIn?: boolean; fail?: string; created?: string } = {}): Stub {
  const root = mkdtempSync(join(tmpdir(), 'deploy-root-'));
  const home = mkdtempSync(join(tmpdir(), 'deploy-home-'));
  if (options.loggedIn !== false) writeFileSync(join(home, '.clasprc.json'), '{}');
  const stub: Stub = { io: undefined as unknown as DeployIo, root, ran: [], out: [], err: [], asked: [] };
  const answers = options.answers === undefined ? null : options.answers;
  stub.io = {
    root,
    home,
    env: {},
    out: (line) => stub.out.push(line),
    err: (line) => stub.err.push(line),
    ask: answers
      ? async (question) => {
          stub.asked.push(question);
          return answers.shift() ?? '';
        }
      : null,
    run: (argv, opts = {}) => {
      const line = argv.join(' ');
      stub.ran.push(line);
      if (options.fail && line.includes(options.fail)) return { status: 1, stdout: '' };
      if (line === 'npm run --silent build') {
        mkdirSync(join(root, 'dist'), { recursive: true });
        writeFileSync(join(root, 'dist', 'Code.js'), '');
        writeFileSync(join(root, 'dist', 'appsscript.json'), '{}');
      }
      if (argv[1] === 'create') {
        expect(opts.cwd).not.toBe(root);
        return {
          status: 0,
          stdout:
            options.created ??
            `Creating script...\n${JSON.stringify({ scriptId: DEV_ID, parentId: SHEET_ID, files: [] })}`,
        };
      }
      return { status: 0, stdout: '' };
    },
    tempDir: () => mkdtempSync(join(tmpdir(), 'deploy-create-')),
  };
  return stub;
}

const project = (stub: Stub, file: string) =>
  JSON.parse(readFileSync(join(stub.root, file), 'utf8')) as Record<string, unknown>;
const CHECK_LINES = CHECKS.map((c) => c.join(' '));

describe('no script linked (a fresh clone)', () => {
  test('without a terminal and without --create/--link: refuses, explains both ways, runs and writes nothing', async () => {
    const stub = fresh();
    expect(await deploy([], stub.io)).toBe(2);
    const message = stub.err.join('\n');
    expect(message).toContain('No Apps Script project is linked for development (.clasp.json does not exist)');
    expect(message).toContain('npm run deploy -- --create');
    expect(message).toContain('npm run deploy -- --link <scriptId>');
    expect(stub.ran).toEqual([]);
    expect(existsSync(join(stub.root, '.clasp.json'))).toBe(false);
  });

  test('the placeholder of older clones counts as no script', async () => {
    const stub = fresh();
    writeFileSync(
      join(stub.root, '.clasp.json'),
      JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' }),
    );
    expect(await deploy([], stub.io)).toBe(2);
    expect(stub.err.join('\n')).toContain('.clasp.json still has the placeholder ID');
  });

  test('at a terminal, choice 2 links the typed script ID, writes .clasp.json, then checks and pushes to development', async () => {
    const stub = fresh({ answers: ['2', ` ${DEV_ID} `] });
    expect(await deploy([], stub.io)).toBe(0);
    expect(stub.asked).toEqual(['Choose 1 (create), 2 (link) or q (stop): ', 'Script ID: ']);
    expect(project(stub, '.clasp.json')).toEqual({ scriptId: DEV_ID, rootDir: 'dist' });
    expect(stub.ran).toEqual([...CHECK_LINES, 'clasp -P .clasp.json push --force']);
  });

  test('at a terminal, choice 1 creates a spreadsheet with its script in a scratch folder and records both IDs', async () => {
    const stub = fresh({ answers: ['1'] });
    expect(await deploy([], stub.io)).toBe(0);
    expect(stub.ran[0]).toBe('clasp create --type sheets --title Theo dõi đại hội (thử nghiệm) --rootDir . --json');
    expect(project(stub, '.clasp.json')).toEqual({ scriptId: DEV_ID, rootDir: 'dist', parentId: SHEET_ID });
    expect(stub.out).toContain(`Its spreadsheet: https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit`);
    expect(stub.ran.slice(1)).toEqual([...CHECK_LINES, 'clasp -P .clasp.json push --force']);
  });

  test('q stops without linking or pushing', async () => {
    const stub = fresh({ answers: ['q'] });
    expect(await deploy([], stub.io)).toBe(2);
    expect(stub.ran).toEqual([]);
    expect(existsSync(join(stub.root, '.clasp.json'))).toBe(false);
  });

  test('--link with something that is not a script ID writes nothing', async () => {
    const stub = fresh();
    expect(await deploy(['--link', 'https://script.google.com/d/x/edit'], stub.io)).toBe(2);
    expect(stub.err[0]).toMatch(/is not an Apps Script project ID/);
    expect(existsSync(join(stub.root, '.clasp.json'))).toBe(false);
    expect(stub.ran).toEqual([]);
  });

  test('--create when clasp create fails writes nothing and pushes nothing', async () => {
    const stub = fresh({ fail: 'clasp create' });
    expect(await deploy(['--create'], stub.io)).toBe(2);
    expect(stub.ran).toEqual(['clasp create --type sheets --title Theo dõi đại hội (thử nghiệm) --rootDir . --json']);
    expect(existsSync(join(stub.root, '.clasp.json'))).toBe(false);
  });

  test('--create is refused before anything runs when clasp is not logged in', async () => {
    const stub = fresh({ loggedIn: false });
    expect(await deploy(['--create'], stub.io)).toBe(2);
    expect(stub.err[0]).toContain('npx clasp login');
    expect(stub.ran).toEqual([]);
  });
});

describe('development by default, production only on purpose', () => {
  function linked(answers?: string[]): Stub {
    const stub = fresh(answers ? { answers } : {});
    writeFileSync(join(stub.root, '.clasp.json'), JSON.stringify({ scriptId: DEV_ID, rootDir: 'dist' }));
    writeFileSync(
      join(stub.root, '.clasp-prod.json'),
      JSON.stringify({ scriptId: PROD_ID, rootDir: 'dist', parentId: SHEET_ID }),
    );
    return stub;
  }

  test('npm run deploy pushes to the development script only, after lint, type check, tests and build', async () => {
    const stub = linked();
    expect(await deploy([], stub.io)).toBe(0);
    expect(stub.ran).toEqual([
      'npm run --silent lint',
      'npm run --silent typecheck',
      'npm test',
      'npm run --silent build',
      'clasp -P .clasp.json push --force',
    ]);
    expect(stub.ran.join('\n')).not.toContain('.clasp-prod.json');
  });

  test('a failing check stops everything: nothing is pushed', async () => {
    const failing = fresh({ fail: 'npm test' });
    writeFileSync(join(failing.root, '.clasp.json'), JSON.stringify({ scriptId: DEV_ID, rootDir: 'dist' }));
    expect(await deploy([], failing.io)).toBe(1);
    expect(failing.ran).toEqual(['npm run --silent lint', 'npm run --silent typecheck', 'npm test']);
    expect(failing.err).toEqual(['deploy: `npm test` failed (status 1); nothing was pushed.']);
  });

  test('--prod without a terminal and without --yes is refused before any check runs', async () => {
    const stub = linked();
    expect(await deploy(['--prod'], stub.io)).toBe(2);
    expect(stub.err[0]).toContain('Refusing to push to PRODUCTION without confirmation');
    expect(stub.ran).toEqual([]);
  });

  test('--prod at a terminal: the wrong last characters stop it; the right ones push to .clasp-prod.json', async () => {
    const wrong = linked(['DEV1']);
    expect(await deploy(['--prod'], wrong.io)).toBe(2);
    expect(wrong.ran).toEqual([]);
    const right = linked(['PROD']);
    expect(await deploy(['--prod'], right.io)).toBe(0);
    expect(right.ran).toEqual([...CHECK_LINES, 'clasp -P .clasp-prod.json push --force']);
    expect(right.out).toContain(
      'Commit .clasp-prod.json so that every maintainer deploys to this same production script.',
    );
  });

  test('--prod --yes (no terminal) pushes to production', async () => {
    const stub = linked();
    expect(await deploy(['--prod', '--yes'], stub.io)).toBe(0);
    expect(stub.ran[stub.ran.length - 1]).toBe('clasp -P .clasp-prod.json push --force');
  });

  test('production not linked yet: refused without a terminal, never falls back to development', async () => {
    const stub = fresh();
    writeFileSync(join(stub.root, '.clasp.json'), JSON.stringify({ scriptId: DEV_ID, rootDir: 'dist' }));
    expect(await deploy(['--prod', '--yes'], stub.io)).toBe(2);
    expect(stub.err.join('\n')).toContain(
      'No Apps Script project is linked for PRODUCTION (.clasp-prod.json does not exist)',
    );
    expect(stub.err.join('\n')).toContain('npm run deploy:prod -- --link <scriptId>');
    expect(stub.ran).toEqual([]);
  });

  test('linking production to the development script is refused, and development pointing at production is refused', async () => {
    const a = fresh();
    writeFileSync(join(a.root, '.clasp.json'), JSON.stringify({ scriptId: DEV_ID, rootDir: 'dist' }));
    expect(await deploy(['--prod', '--link', DEV_ID, '--yes'], a.io)).toBe(2);
    expect(existsSync(join(a.root, '.clasp-prod.json'))).toBe(false);

    const b = fresh();
    writeFileSync(join(b.root, '.clasp.json'), JSON.stringify({ scriptId: PROD_ID, rootDir: 'dist' }));
    writeFileSync(join(b.root, '.clasp-prod.json'), JSON.stringify({ scriptId: PROD_ID, rootDir: 'dist' }));
    expect(await deploy([], b.io)).toBe(2);
    expect(b.err[0]).toContain("development must never be the office's production script");
    expect(b.ran).toEqual([]);
  });

  test('a project file pushing anything but dist is refused', async () => {
    const stub = fresh();
    writeFileSync(join(stub.root, '.clasp.json'), JSON.stringify({ scriptId: DEV_ID, rootDir: '.' }));
    expect(await deploy([], stub.io)).toBe(2);
    expect(stub.err[0]).toContain('rootDir');
    expect(stub.ran).toEqual([]);
  });

  test('--link on a target already linked changes nothing', async () => {
    const stub = linked();
    expect(await deploy(['--link', PROD_ID], stub.io)).toBe(2);
    expect(project(stub, '.clasp.json').scriptId).toBe(DEV_ID);
  });

  test('not logged in: told to run clasp login before the checks', async () => {
    const stub = fresh({ loggedIn: false });
    writeFileSync(join(stub.root, '.clasp.json'), JSON.stringify({ scriptId: DEV_ID, rootDir: 'dist' }));
    expect(await deploy([], stub.io)).toBe(2);
    expect(stub.err[0]).toBe('deploy: clasp is not logged in: run `npx clasp login` once, then deploy again.');
    expect(stub.ran).toEqual([]);
  });
});

describe('the npm scripts', () => {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

  test('deploy is development; deploy:prod is the only one with --prod', () => {
    expect(scripts.deploy).toBe('node tools/run-ts.mjs tools/deploy/main.ts');
    expect(scripts['deploy:prod']).toBe('node tools/run-ts.mjs tools/deploy/main.ts --prod');
    expect(
      Object.entries(scripts)
        .filter(([, s]) => s.includes('--prod'))
        .map(([name]) => name),
    ).toEqual(['deploy:prod']);
  });

  test('no clasp project file is committed with a placeholder, and a personal .clasp.json is ignored', () => {
    expect(
      existsSync('.clasp.json') &&
        project({ root: '.' } as Stub, '.clasp.json').scriptId === 'REPLACE_WITH_YOUR_SCRIPT_ID',
    ).toBe(false);
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain('.clasp.json');
  });

  test('as a process in a fresh clone without a terminal: status 2 and the two ways, nothing run', () => {
    const root = mkdtempSync(join(tmpdir(), 'deploy-process-'));
    const result = spawnSync(
      process.execPath,
      [join(process.cwd(), 'tools/run-ts.mjs'), join(process.cwd(), 'tools/deploy/main.ts')],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, HOME: root },
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('No Apps Script project is linked for development');
    expect(existsSync(join(root, '.clasp.json'))).toBe(false);
  });
});

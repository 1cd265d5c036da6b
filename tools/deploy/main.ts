// `npm run deploy` (development) and `npm run deploy:prod` (production): see deploy.ts for what it decides.
// This file only connects it to the terminal, the project's own clasp and the file system.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { deploy, type DeployIo } from './deploy';

const root = resolve('.');

/** argv[0] 'clasp' is the clasp of node_modules (the version package.json pins), never a global one. */
function command(argv: readonly string[]): [string, string[]] {
  const [name = '', ...rest] = argv;
  if (name !== 'clasp') return [name, rest];
  const local = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'clasp.cmd' : 'clasp');
  return existsSync(local) ? [local, rest] : ['npx', ['--no-install', 'clasp', ...rest]];
}

const io: DeployIo = {
  root,
  home: homedir(),
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  ask:
    process.stdin.isTTY && process.stdout.isTTY
      ? async (question) => {
          const rl = createInterface({ input: process.stdin, output: process.stdout });
          try {
            return await rl.question(question);
          } finally {
            rl.close();
          }
        }
      : null,
  run: (argv, options = {}) => {
    const [file, args] = command(argv);
    const result = spawnSync(file, args, {
      cwd: options.cwd ?? root,
      stdio: options.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    return { status: result.status ?? 1, stdout: typeof result.stdout === 'string' ? result.stdout : '' };
  },
  tempDir: () => mkdtempSync(join(tmpdir(), 'clasp-create-')),
};

deploy(process.argv.slice(2), io)
  .then((status) => {
    process.exitCode = status;
  })
  .catch((error: unknown) => {
    process.stderr.write(`deploy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });

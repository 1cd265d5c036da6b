// The two places `npm run deploy` can push to, each a clasp project file in the repository's root:
// development (`.clasp.json`, clasp's default, so a bare `npx clasp push` never reaches the office) and
// production (`.clasp-prod.json`, only through `npm run deploy:prod`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type TargetName = 'dev' | 'prod';

export interface TargetDef {
  name: TargetName;
  /** The clasp project file, relative to the repository root. */
  file: string;
  /** How the messages call it. */
  label: string;
  /** The npm command that deploys to it. */
  command: string;
  /** Title of a spreadsheet created for it. */
  title: string;
}

export const TARGETS: Record<TargetName, TargetDef> = {
  dev: {
    name: 'dev',
    file: '.clasp.json',
    label: 'development',
    command: 'npm run deploy',
    title: 'Theo dõi đại hội (thử nghiệm)',
  },
  prod: {
    name: 'prod',
    file: '.clasp-prod.json',
    label: 'PRODUCTION',
    command: 'npm run deploy:prod',
    title: 'Theo dõi đại hội',
  },
};

/** The placeholder older clones carry in .clasp.json: not a script. */
export const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';
/** What `clasp push` uploads (`npm run build`). */
export const ROOT_DIR = 'dist';

export type TargetState =
  | { linked: false; reason: 'missing' | 'placeholder' }
  | { linked: false; reason: 'unusable'; problem: string }
  | { linked: true; scriptId: string; parentId?: string };

/** An Apps Script project ID as the editor shows it (Project Settings → IDs). */
export function isScriptId(text: string): boolean {
  return /^[A-Za-z0-9_-]{25,120}$/.test(text);
}

export function readTarget(root: string, def: TargetDef): TargetState {
  const path = join(root, def.file);
  if (!existsSync(path)) return { linked: false, reason: 'missing' };
  let settings: Record<string, unknown>;
  try {
    settings = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    if (!settings || typeof settings !== 'object' || Array.isArray(settings)) throw new Error('not an object');
  } catch (error) {
    return {
      linked: false,
      reason: 'unusable',
      problem: `${def.file} is not valid JSON (${(error as Error).message})`,
    };
  }
  const scriptId = typeof settings.scriptId === 'string' ? settings.scriptId.trim() : '';
  if (scriptId === '' || scriptId === PLACEHOLDER) return { linked: false, reason: 'placeholder' };
  if (!isScriptId(scriptId))
    return {
      linked: false,
      reason: 'unusable',
      problem: `${def.file} has '${scriptId}', which is not an Apps Script project ID`,
    };
  const rootDir = typeof settings.rootDir === 'string' ? settings.rootDir.replace(/^\.\//, '').replace(/\/$/, '') : '';
  if (rootDir !== ROOT_DIR) {
    return {
      linked: false,
      reason: 'unusable',
      problem: `${def.file} has rootDir '${rootDir || '.'}'; it must be "${ROOT_DIR}" so that only the built add-on is pushed`,
    };
  }
  const parentId = typeof settings.parentId === 'string' && settings.parentId ? settings.parentId : undefined;
  return parentId ? { linked: true, scriptId, parentId } : { linked: true, scriptId };
}

/** Writes the project file clasp reads: the script, and `dist` as what is pushed. */
export function writeTarget(root: string, def: TargetDef, scriptId: string, parentId?: string): void {
  const settings = parentId ? { scriptId, rootDir: ROOT_DIR, parentId } : { scriptId, rootDir: ROOT_DIR };
  writeFileSync(join(root, def.file), `${JSON.stringify(settings, null, 2)}\n`);
}

export function scriptUrl(scriptId: string): string {
  return `https://script.google.com/d/${scriptId}/edit`;
}

export function spreadsheetUrl(parentId: string): string {
  return `https://docs.google.com/spreadsheets/d/${parentId}/edit`;
}

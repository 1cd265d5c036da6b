// Bundles the preview page at start (esbuild, in memory): page/index.html with its style and script
// inlined. Nothing of it is written to dist/.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** tools/preview/page, found from the repository root (run-ts bundles this file elsewhere). */
export function pageDir(root = process.cwd()): string {
  return join(root, 'tools', 'preview', 'page');
}

export async function buildPage(dir = pageDir()): Promise<string> {
  const result = await build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    logLevel: 'error',
    absWorkingDir: dirname(dir),
  });
  const script = (result.outputFiles[0]?.text ?? '').replace(/<\/script/gi, '<\\/script');
  const css = readFileSync(join(dir, 'style.css'), 'utf8');
  return readFileSync(join(dir, 'index.html'), 'utf8')
    .replace('<!-- inline:style -->', () => `<style>\n${css}</style>`)
    .replace('<!-- inline:script -->', () => `<script>\n${script}</script>`);
}

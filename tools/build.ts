// Builds what `clasp push` uploads: dist/Code.js, one dist/<sidebar>.html per sidebar, dist/appsscript.json.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'dist';
const GLOBAL = '__addon';

/** The entry module's export names, read from an ESM build's metafile (IIFE metafiles list none). */
async function entryExports(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    metafile: true,
    write: false,
    outdir: 'out',
    logLevel: 'error',
  });
  const meta = Object.values(result.metafile.outputs).find((o) => o.entryPoint === entry);
  return [...(meta?.exports ?? [])].sort();
}

async function buildServer(): Promise<string[]> {
  const exported = await entryExports('src/main.ts');
  const result = await build({
    entryPoints: ['src/main.ts'],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    minify: false,
    treeShaking: true,
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output for src/main.ts');
  // Apps Script only sees top-level function declarations (menus, triggers, google.script.run),
  // so each export of the entry module becomes one delegating function.
  const stubs = exported
    .map((name) => `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}`)
    .join('\n');
  const code = `${output.text}\n${stubs}\n`;
  if (/^\s*(export|import)\s/m.test(code)) throw new Error('dist/Code.js still contains import/export');
  writeFileSync(join(DIST, 'Code.js'), code);
  return exported;
}

function escapeInlineScript(js: string): string {
  return js.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

async function buildSidebars(): Promise<string[]> {
  const root = join('src', 'client');
  if (!existsSync(root)) return [];
  const names: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    // A sidebar is a folder with a main.ts and a title.txt; every sidebar shares the page shell lib/page.html.
    const titlePath = join(dir, 'title.txt');
    if (!existsSync(titlePath) || !existsSync(join(dir, 'main.ts'))) continue;
    const title = readFileSync(titlePath, 'utf8').trim();
    const js = await build({
      entryPoints: [join(dir, 'main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      minify: true,
      write: false,
      logLevel: 'error',
    });
    const script = js.outputFiles[0]?.text ?? '';
    const cssFiles = [join(root, 'lib', 'style.css'), join(dir, 'style.css')].filter((f) => existsSync(f));
    const css = cssFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
    const html = readFileSync(join(root, 'lib', 'page.html'), 'utf8')
      .replace('<!-- inline:title -->', () => title.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
      .replace('<!-- inline:style -->', () => `<style>\n${css.replace(/<\/style/gi, '<\\/style')}</style>`)
      .replace('<!-- inline:script -->', () => `<script>\n${escapeInlineScript(script)}</script>`);
    if (/<script[^>]+src=|<link[^>]+href=/i.test(html)) throw new Error(`${dir}: external resources are not allowed`);
    writeFileSync(join(DIST, `${name}.html`), html);
    names.push(name);
  }
  return names;
}

async function main(): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  copyFileSync('appsscript.json', join(DIST, 'appsscript.json'));
  const exported = await buildServer();
  const sidebars = await buildSidebars();
  if (!process.argv.includes('--quiet')) {
    console.log(`dist/Code.js: ${exported.length} entry points (${exported.join(', ')})`);
    if (sidebars.length) console.log(`dist/*.html: ${sidebars.join(', ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

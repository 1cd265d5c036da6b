// HtmlService: outputs from the bundle's dist/<name>.html files or from strings, and templates with
// Apps Script scriptlets (<?= ?> escaped, <?!= ?> raw, <? ?> code) evaluated in the execution's scope.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppsScriptError } from './runtime';

export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

export class HtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  readonly metaTags: { name: string; content: string }[] = [];
  xFrameOptionsMode = 'DEFAULT';
  sandboxMode = 'IFRAME';

  constructor(private content: string) {}

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this;
  }

  append(html: string): HtmlOutput {
    this.content += String(html);
    return this;
  }

  appendUntrusted(text: string): HtmlOutput {
    this.content += escapeHtml(String(text));
    return this;
  }

  clear(): HtmlOutput {
    this.content = '';
    return this;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this;
  }

  getWidth(): number | null {
    return this.width;
  }

  setWidth(width: number): HtmlOutput {
    this.width = Number(width);
    return this;
  }

  getHeight(): number | null {
    return this.height;
  }

  setHeight(height: number): HtmlOutput {
    this.height = Number(height);
    return this;
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  setFaviconUrl(_url: string): HtmlOutput {
    return this;
  }

  setXFrameOptionsMode(mode: string): HtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this;
  }

  setSandboxMode(mode: string): HtmlOutput {
    this.sandboxMode = String(mode);
    return this;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Turns template text into the body of a function of (__p, __esc) that returns the page. */
export function compileTemplate(source: string): string {
  const parts: string[] = ['var __out = [];'];
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) parts.push(`__out.push(${JSON.stringify(source.slice(last, m.index))});`);
    const code = m[2] ?? '';
    if (m[1] === '=') parts.push(`__out.push(__esc(${code}));`);
    else if (m[1] === '!=') parts.push(`__out.push(__raw(${code}));`);
    else parts.push(code);
    last = re.lastIndex;
  }
  if (last < source.length) parts.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  parts.push("return __out.join('');");
  return parts.join('\n');
}

/** Runs compiled template code in the execution's global scope with the template's variables in scope. */
export type TemplateEvaluator = (body: string, variables: Record<string, unknown>) => string;

export class HtmlTemplate {
  [variable: string]: unknown;

  constructor(
    private readonly source: string,
    private readonly evaluator: TemplateEvaluator,
  ) {}

  getCode(): string {
    return compileTemplate(this.source);
  }

  getRawContent(): string {
    return this.source;
  }

  evaluate(): HtmlOutput {
    const variables: Record<string, unknown> = {};
    for (const key of Object.keys(this)) {
      if (key === 'source' || key === 'evaluator') continue;
      variables[key] = this[key];
    }
    return new HtmlOutput(this.evaluator(compileTemplate(this.source), variables));
  }
}

export class HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    private readonly distDir: string,
    private readonly evaluator: TemplateEvaluator,
  ) {}

  private readFile(name: string): string {
    const base = String(name).replace(/\.html$/i, '');
    const path = join(this.distDir, `${base}.html`);
    if (!existsSync(path)) throw new AppsScriptError(`No HTML file named ${base} was found.`);
    return readFileSync(path, 'utf8');
  }

  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(html === undefined ? '' : String(html));
  }

  createHtmlOutputFromFile(name: string): HtmlOutput {
    return new HtmlOutput(this.readFile(name));
  }

  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(String(html), this.evaluator);
  }

  createTemplateFromFile(name: string): HtmlTemplate {
    return new HtmlTemplate(this.readFile(name), this.evaluator);
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (emulated)';
  }
}

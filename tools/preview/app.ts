// The preview's HTTP routes (node:http only). The sidebar HTML is served unchanged: GET /sidebar/<name>
// answers with the exact bytes of dist/<name>.html (and GET /sidebar/current with the exact HTML the add-on
// passed to showSidebar). The page loads those bytes into a same-origin frame after giving the frame's
// window its `google.script` bridge, so no byte of what clasp pushes is altered (see page/sidebar-frame.ts).
import { MAIL_PAGE_CSP } from './mailbox';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddonMenu, PreviewBackend } from './backend';

export interface AppOptions {
  backend: PreviewBackend;
  /** The page (HTML with its script and style inlined). */
  pageHtml: () => string;
  distDir: string;
  /** Where the Save button writes. */
  savePath: string;
  /** Rows sent per grid (the page says when a sheet has more). */
  maxRows?: number;
}

const MAX_BODY = 1_000_000;
const SIDEBAR_NAME = /^[A-Za-z0-9_-]+$/;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  // Requiring JSON makes a cross-site form post impossible without a CORS preflight, which we never grant.
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
    throw new HttpError(415, 'Content-Type must be application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'request too large');
    chunks.push(chunk as Buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new HttpError(400, 'body is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new HttpError(400, 'body must be a JSON object');
  return parsed as Record<string, unknown>;
}

function requireString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '') throw new HttpError(400, `"${key}" must be a non-empty string`);
  return value;
}

function menuFunctions(menu: AddonMenu | null): Set<string> {
  const out = new Set<string>();
  const walk = (items: AddonMenu['items']): void => {
    for (const item of items) {
      if (item.fn) out.add(item.fn);
      if (item.items) walk(item.items);
    }
  };
  if (menu) walk(menu.items);
  return out;
}

/** Serialises everything that touches the workbook: one request at a time, like one user at the keyboard. */
function serial(): <T>(work: () => Promise<T> | T) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T> | T): Promise<T> => {
    const next = tail.then(work, work);
    tail = next.catch(() => undefined);
    return next;
  };
}

export function state(backend: PreviewBackend, sheet: string | null, maxRows: number): Record<string, unknown> {
  const sheets = backend.sheetNames();
  const active = sheet && sheets.includes(sheet) ? sheet : (sheets[0] ?? null);
  return {
    context: backend.context(),
    users: backend.users(),
    sheets,
    active,
    grid: active ? backend.grid(active, maxRows) : null,
    menu: backend.menu(),
    toasts: backend.toasts(),
    sidebar: backend.sidebar(),
    endpoints: backend.endpoints(),
    mail: backend.mail?.() ?? [],
  };
}

export function createApp(options: AppOptions): Server {
  const { backend } = options;
  // The sample's Progress sheet holds about 1,150 rows; every row of a workbook that size is shown.
  const maxRows = options.maxRows ?? 2500;
  const exclusive = serial();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (method === 'GET' && (path === '/' || path === '/index.html')) {
      send(res, 200, options.pageHtml(), 'text/html; charset=utf-8');
      return;
    }
    if (method === 'GET' && path === '/api/state') {
      const body = await exclusive(() => state(backend, url.searchParams.get('sheet'), maxRows));
      sendJson(res, 200, body);
      return;
    }
    if (method === 'GET' && path === '/sidebar/current') {
      const html = backend.sidebarHtml();
      if (html === null) throw new HttpError(404, 'no sidebar is open');
      send(res, 200, html, 'text/html; charset=utf-8');
      return;
    }
    const mailMatch = /^\/mail\/(\d{1,6})$/.exec(path);
    if (method === 'GET' && mailMatch) {
      const page = await exclusive(() => backend.mailPage?.(Number(mailMatch[1])) ?? null);
      if (page === null) throw new HttpError(404, 'no such email');
      res.setHeader('Content-Security-Policy', MAIL_PAGE_CSP);
      send(res, 200, page, 'text/html; charset=utf-8');
      return;
    }
    const sidebarMatch = /^\/(?:sidebar|dist)\/([^/]+?)(?:\.html)?$/.exec(path);
    if (method === 'GET' && sidebarMatch) {
      const name = sidebarMatch[1] ?? '';
      const file = join(options.distDir, `${name}.html`);
      if (!SIDEBAR_NAME.test(name) || !existsSync(file)) throw new HttpError(404, `no dist/${name}.html`);
      send(res, 200, readFileSync(file), 'text/html; charset=utf-8');
      return;
    }
    if (method !== 'POST') throw new HttpError(path.startsWith('/api/') ? 405 : 404, `${method} ${path}: not found`);

    const body = await readJson(req);
    switch (path) {
      case '/api/menu': {
        const fn = requireString(body, 'fn');
        const answers = Array.isArray(body['answers']) ? body['answers'].map(String) : [];
        if (!menuFunctions(backend.menu()).has(fn)) throw new HttpError(400, `${fn} is not an item of the add-on menu`);
        sendJson(res, 200, await exclusive(() => backend.runMenu(fn, answers)));
        return;
      }
      case '/api/edit': {
        const sheet = requireString(body, 'sheet');
        const a1 = requireString(body, 'a1');
        const value = body['value'];
        if (typeof value !== 'string') throw new HttpError(400, '"value" must be the text typed into the cell');
        if (!/^[A-Za-z]{1,3}[1-9][0-9]{0,6}$/.test(a1)) throw new HttpError(400, `"${a1}" is not a cell reference`);
        sendJson(res, 200, await exclusive(() => backend.edit(sheet, a1.toUpperCase(), value)));
        return;
      }
      case '/api/run': {
        const fn = requireString(body, 'fn');
        const args = body['args'] ?? [];
        if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array');
        if (!backend.endpoints().includes(fn)) {
          sendJson(res, 200, { ok: false, error: { name: 'TypeError', message: `Script function not found: ${fn}` } });
          return;
        }
        sendJson(res, 200, await exclusive(() => backend.callServer(fn, args)));
        return;
      }
      case '/api/context': {
        const change: { today?: string; email?: string; locale?: string } = {};
        if (body['today'] !== undefined) {
          const today = String(body['today']);
          if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
            throw new HttpError(400, '"today" must be yyyy-mm-dd');
          change.today = today;
        }
        const user = body['user'] ?? body['email'];
        if (user !== undefined) change.email = String(user);
        if (body['locale'] !== undefined) change.locale = String(body['locale']);
        await exclusive(() => backend.setContext(change));
        sendJson(res, 200, { ok: true, context: backend.context() });
        return;
      }
      case '/api/sidebar/close': {
        await exclusive(() => backend.closeSidebar());
        sendJson(res, 200, { ok: true });
        return;
      }
      case '/api/save': {
        await exclusive(() => backend.save(options.savePath));
        sendJson(res, 200, { ok: true, path: options.savePath });
        return;
      }
      default:
        throw new HttpError(404, `${path}: not found`);
    }
  }

  return createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500)
        console.error(
          `preview: ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? message) : message}`,
        );
      if (!res.headersSent) sendJson(res, status, { ok: false, error: message });
      else res.end();
    });
  });
}

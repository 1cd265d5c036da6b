// The preview server's routes over a fake backend: what each endpoint answers and what it refuses.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview, type RunningPreview } from '../../../tools/preview/start';
import { FakeBackend } from './fake-backend';

let preview: RunningPreview;
let backend: FakeBackend;
let root: string;

beforeAll(async () => {
  // A root with the real page sources and a dist/ holding one sidebar file.
  root = mkdtempSync(join(tmpdir(), 'preview-routes-'));
  const { cpSync, mkdirSync } = await import('node:fs');
  cpSync(join(process.cwd(), 'tools', 'preview', 'page'), join(root, 'tools', 'preview', 'page'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'fake.html'), '\ufeff<!DOCTYPE html>\n<p>Tiến độ — “exact” bytes</p>\r\n');
  backend = new FakeBackend();
  preview = await startPreview({ port: 0, backend, root, savePath: join(root, 'out.xlsx') });
});

afterAll(async () => {
  await preview.close();
});

const post = (path: string, body: unknown, type = 'application/json') =>
  fetch(new URL(path, preview.url), { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify(body) });

test('listens on 127.0.0.1 on the port the system chose', () => {
  expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(preview.port).toBeGreaterThan(0);
});

test('GET / serves the page with its script and style inlined', async () => {
  const res = await fetch(preview.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const html = await res.text();
  expect(html).toContain('<style>');
  expect(html).toContain('<script>');
  expect(html).not.toContain('<!-- inline:');
  expect(html).toContain('id="sidebar-frame"');
});

test('GET /api/state gives sheets, the active grid, menu, toasts and context', async () => {
  const state = (await (
    await fetch(new URL('/api/state?sheet=Ti%E1%BA%BFn%20%C4%91%E1%BB%99', preview.url))
  ).json()) as Record<string, unknown>;
  expect(state['sheets']).toEqual(['Đơn vị', 'Tiến độ']);
  expect(state['active']).toBe('Tiến độ');
  expect((state['grid'] as { display: string[][] }).display[1]).toEqual(['DV01', '<img src=x onerror=alert(1)>']);
  expect((state['menu'] as { title: string }).title).toBe('Theo dõi đại hội');
  expect(state['context']).toEqual({ today: '2020-05-04', email: 'admin@example.vn', locale: 'vi' });
  expect(state['endpoints']).toEqual(['echo', 'failing']);
});

test('an unknown sheet falls back to the first', async () => {
  const state = (await (await fetch(new URL('/api/state?sheet=Nope', preview.url))).json()) as { active: string };
  expect(state.active).toBe('Đơn vị');
});

test('GET /sidebar/<name> and /dist/<name>.html answer the exact bytes of dist/<name>.html', async () => {
  const expected = readFileSync(join(root, 'dist', 'fake.html'));
  for (const path of ['/sidebar/fake', '/dist/fake.html']) {
    const res = await fetch(new URL(path, preview.url));
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(expected)).toBe(true);
  }
});

test('sidebar names cannot leave dist/', async () => {
  for (const path of ['/sidebar/..%2Fpackage', '/sidebar/nope', '/dist/..%2F..%2Fetc%2Fpasswd']) {
    expect((await fetch(new URL(path, preview.url))).status).toBe(404);
  }
});

test('POST /api/menu runs only items of the add-on menu', async () => {
  const ok = await post('/api/menu', { fn: 'menuRefresh' });
  expect(ok.status).toBe(200);
  expect(await ok.json()).toEqual({ ok: true, alerts: [] });
  expect(backend.menuRuns.at(-1)).toEqual({ fn: 'menuRefresh', answers: [] });
  const refused = await post('/api/menu', { fn: 'onEdit' });
  expect(refused.status).toBe(400);
  const state = (await (await fetch(new URL('/api/state', preview.url))).json()) as { toasts: unknown[] };
  expect(state.toasts).toHaveLength(1);
});

test('POST /api/menu passes the answers given so far', async () => {
  await post('/api/menu', { fn: 'menuRefresh', answers: ['YES', 'NO'] });
  expect(backend.menuRuns.at(-1)).toEqual({ fn: 'menuRefresh', answers: ['YES', 'NO'] });
});

test('the sidebar opened by a menu item is served as the add-on made it, and closes', async () => {
  await post('/api/menu', { fn: 'showProgressSidebar' });
  const state = (await (await fetch(new URL('/api/state', preview.url))).json()) as { sidebar: { name: string } };
  expect(state.sidebar.name).toBe('fake');
  expect(await (await fetch(new URL('/sidebar/current', preview.url))).text()).toBe('<!DOCTYPE html><p>fake</p>');
  expect((await post('/api/sidebar/close', {})).status).toBe(200);
  expect((await fetch(new URL('/sidebar/current', preview.url))).status).toBe(404);
});

test('POST /api/edit types into a cell and reports a refusal', async () => {
  expect(await (await post('/api/edit', { sheet: 'Đơn vị', a1: 'b2', value: 'Chi bộ 1' })).json()).toEqual({
    ok: true,
  });
  expect(backend.cells['B2']).toBe('Chi bộ 1');
  expect(await (await post('/api/edit', { sheet: 'Đơn vị', a1: 'A1', value: 'x' })).json()).toEqual({
    ok: false,
    rejected: 'A1 is protected',
  });
  expect((await post('/api/edit', { sheet: 'Đơn vị', a1: 'A0', value: 'x' })).status).toBe(400);
  expect((await post('/api/edit', { sheet: 'Đơn vị', a1: 'A2', value: 5 })).status).toBe(400);
});

test('POST /api/run calls an endpoint and returns what the success or failure handler gets', async () => {
  expect(await (await post('/api/run', { fn: 'echo', args: ['2020-05-04', { a: [1, null] }] })).json()).toEqual({
    ok: true,
    value: { echo: ['2020-05-04', { a: [1, null] }] },
  });
  expect(await (await post('/api/run', { fn: 'failing', args: [] })).json()).toEqual({
    ok: false,
    error: { name: 'Error', message: 'boom' },
  });
  const missing = (await (await post('/api/run', { fn: 'menuRefresh_', args: [] })).json()) as {
    ok: boolean;
    error: { message: string };
  };
  expect(missing.ok).toBe(false);
  expect(missing.error.message).toContain('menuRefresh_');
  expect((await post('/api/run', { fn: 'echo', args: 'x' })).status).toBe(400);
});

test('POST /api/context changes today and the acting user, and checks the date', async () => {
  const res = await post('/api/context', { today: '2020-06-30', user: 'stranger@example.com' });
  expect(await res.json()).toEqual({
    ok: true,
    context: { today: '2020-06-30', email: 'stranger@example.com', locale: 'vi' },
  });
  expect((await post('/api/context', { today: '30/06/2020' })).status).toBe(400);
});

test('POST /api/save writes to the configured path', async () => {
  const res = await post('/api/save', {});
  expect(await res.json()).toEqual({ ok: true, path: join(root, 'out.xlsx') });
  expect(backend.saved).toEqual([join(root, 'out.xlsx')]);
});

test('posts must be JSON objects (no cross-site form posts)', async () => {
  expect((await post('/api/menu', { fn: 'menuRefresh' }, 'text/plain')).status).toBe(415);
  expect((await post('/api/menu', [1])).status).toBe(400);
  const bad = await fetch(new URL('/api/menu', preview.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{',
  });
  expect(bad.status).toBe(400);
  expect(
    (
      await fetch(new URL('/api/nothing', preview.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      })
    ).status,
  ).toBe(404);
  expect((await fetch(new URL('/api/menu', preview.url))).status).toBe(405);
});

// Starts the preview in-process: the server of ./app.ts over a backend (by default the emulator on the
// sample workbook, or on an .xlsx file). Used by `npm start` (./server.ts) and by the end-to-end suite.
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createApp } from './app';
import type { PreviewBackend } from './backend';
import { buildPage } from './page-assets';

export interface PreviewOptions {
  /** 0 = any free port. */
  port?: number;
  host?: string;
  backend: PreviewBackend;
  /** Repository root (dist/ and tools/preview/page are found from it). */
  root?: string;
  /** Where the Save button writes. */
  savePath?: string;
  maxRows?: number;
}

export interface RunningPreview {
  url: string;
  port: number;
  backend: PreviewBackend;
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const root = resolve(options.root ?? process.cwd());
  const html = await buildPage(join(root, 'tools', 'preview', 'page'));
  const server = createApp({
    backend: options.backend,
    pageHtml: () => html,
    distDir: join(root, 'dist'),
    savePath: resolve(options.savePath ?? 'preview.xlsx'),
    maxRows: options.maxRows,
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/`,
    port,
    backend: options.backend,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

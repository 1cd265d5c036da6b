// Shows a sidebar's HTML unchanged. A fresh same-origin frame is created, its window receives the
// `google` bridge, and the exact text served by /sidebar/... is written into it with document.open/write:
// the written document is the dist file itself (its doctype, scripts and styles untouched), and its inline
// script finds `google.script.run` already defined, as it does inside Google's sandbox frame.
import type { GoogleScript } from './bridge';

declare global {
  interface Window {
    /** The exact text last written into the sidebar frame (the end-to-end suite compares it with dist/). */
    __sidebarSource?: string;
  }
}

export async function fetchExactText(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true, fatal: false }).decode(bytes);
}

/** Replaces `old` with a new frame showing `html`, wired to `google`. Returns the new frame. */
export function mountSidebar(old: HTMLIFrameElement, html: string, google: GoogleScript): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.id = old.id;
  frame.title = old.title;
  old.replaceWith(frame);
  const win = frame.contentWindow as (Window & { google?: GoogleScript }) | null;
  if (!win) throw new Error('the sidebar frame has no window');
  win.google = google;
  win.document.open();
  win.document.write(html);
  win.document.close();
  window.__sidebarSource = html;
  return frame;
}

// Draws a chart the add-on created (a ChartView: type, title, categories, series read from the source
// ranges) as an SVG tree in Sheets' manner: title top left, Google's palette, columns up from a zero line, bars
// out from the category labels, a pie with its shares. Pure: it returns plain nodes (text only ever as text)
// that page/charts.ts turns into DOM elements, so it can be tested without a browser.
import type { ChartView } from '../chart-view';

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  /** Text content (never parsed as markup). */
  text?: string;
  children?: SvgNode[];
}

/** Google Sheets' default series colours. */
export const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];

const FONT = 'Arial, sans-serif';
const TEXT = '#444444';
const GRID = '#e0e0e0';
const TITLE_BAND = 40;
const LEGEND_BAND = 22;

const node = (tag: string, attrs: SvgNode['attrs'], children?: SvgNode[], text?: string): SvgNode => ({
  tag,
  attrs,
  ...(children ? { children } : {}),
  ...(text !== undefined ? { text } : {}),
});

const label = (x: number, y: number, text: string, size: number, extra: SvgNode['attrs'] = {}): SvgNode =>
  node('text', { x, y, 'font-family': FONT, 'font-size': size, fill: TEXT, ...extra }, undefined, text);

/** The text cut with an ellipsis to about `px` pixels wide (Arial averages about 0.55 em a character). */
export function fitText(text: string, px: number, size: number): string {
  const max = Math.max(1, Math.floor(px / (size * 0.55)));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** The top of the value axis and its step: 1, 2, 2.5 or 5 × 10ⁿ, five steps at most. */
export function axisScale(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.2 };
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  return { top: Math.ceil(max / step - 1e-9) * step, step };
}

function tickText(value: number, percent: boolean): string {
  const rounded = (v: number): string => String(Math.round(v * 1000) / 1000);
  return percent ? `${rounded(value * 100)}%` : rounded(value);
}

function colorOf(view: ChartView, i: number): string {
  return view.colors?.[i] ?? PALETTE[i % PALETTE.length] ?? PALETTE[0]!;
}

function legend(view: ChartView, names: string[], x: number, y: number): SvgNode[] {
  const out: SvgNode[] = [];
  let at = x;
  names.forEach((name, i) => {
    const shown = fitText(name, 180, 12);
    out.push(node('rect', { class: 'legend-key', x: at, y: y - 9, width: 10, height: 10, fill: colorOf(view, i) }));
    out.push(label(at + 14, y, shown, 12, { class: 'legend' }));
    at += 14 + shown.length * 6.6 + 16;
  });
  return out;
}

function maxValue(view: ChartView): number {
  return Math.max(0, ...view.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
}

function valueTitle(view: ChartView, c: number, s: number): string {
  const series = view.series[s];
  const name = view.series.length > 1 && series?.name ? ` — ${series.name}` : '';
  return `${view.categories[c] ?? ''}${name}: ${series?.labels[c] ?? ''}`;
}

function columns(view: ChartView): SvgNode[] {
  const left = 56;
  const right = view.width - 16;
  const top = TITLE_BAND + (view.series.length > 1 ? LEGEND_BAND : 0) + 8;
  const bottom = view.height - 36;
  const { top: axisTop, step } = axisScale(maxValue(view));
  const y = (v: number): number => bottom - (v / axisTop) * (bottom - top);
  const out: SvgNode[] = [];
  for (let v = 0; v <= axisTop + 1e-9; v += step) {
    out.push(node('line', { x1: left, x2: right, y1: y(v), y2: y(v), stroke: v === 0 ? '#9e9e9e' : GRID }));
    out.push(label(left - 6, y(v) + 4, tickText(v, view.percent), 11, { 'text-anchor': 'end', class: 'tick' }));
  }
  const group = (right - left) / Math.max(1, view.categories.length);
  const barWidth = (group * 0.7) / Math.max(1, view.series.length);
  view.categories.forEach((category, c) => {
    const start = left + c * group + group * 0.15;
    view.series.forEach((series, s) => {
      const v = series.values[c];
      if (v === null || v === undefined) return;
      const x = start + s * barWidth;
      const h = Math.max(0, bottom - y(v));
      out.push(
        node('rect', { class: 'bar', x, y: bottom - h, width: barWidth - 2, height: h, fill: colorOf(view, s) }, [
          node('title', {}, undefined, valueTitle(view, c, s)),
        ]),
      );
      out.push(
        label(x + (barWidth - 2) / 2, bottom - h - 4, series.labels[c] ?? '', 11, {
          'text-anchor': 'middle',
          class: 'value',
        }),
      );
    });
    out.push(
      label(left + c * group + group / 2, bottom + 16, fitText(category, group - 4, 11), 11, {
        'text-anchor': 'middle',
        class: 'category',
      }),
    );
  });
  return out;
}

function bars(view: ChartView): SvgNode[] {
  const labelWidth = Math.min(220, view.width * 0.38);
  const left = labelWidth + 12;
  const right = view.width - 56;
  const top = TITLE_BAND + (view.series.length > 1 ? LEGEND_BAND : 0) + 4;
  const bottom = view.height - 28;
  const { top: axisTop, step } = axisScale(maxValue(view));
  const x = (v: number): number => left + (v / axisTop) * (right - left);
  const out: SvgNode[] = [];
  for (let v = 0; v <= axisTop + 1e-9; v += step) {
    out.push(node('line', { x1: x(v), x2: x(v), y1: top, y2: bottom, stroke: v === 0 ? '#9e9e9e' : GRID }));
    out.push(label(x(v), bottom + 16, tickText(v, view.percent), 11, { 'text-anchor': 'middle', class: 'tick' }));
  }
  const group = (bottom - top) / Math.max(1, view.categories.length);
  const barHeight = (group * 0.7) / Math.max(1, view.series.length);
  view.categories.forEach((category, c) => {
    const start = top + c * group + group * 0.15;
    view.series.forEach((series, s) => {
      const v = series.values[c];
      if (v === null || v === undefined) return;
      const y = start + s * barHeight;
      const w = Math.max(0, x(v) - left);
      out.push(
        node('rect', { class: 'bar', x: left, y, width: w, height: barHeight - 2, fill: colorOf(view, s) }, [
          node('title', {}, undefined, valueTitle(view, c, s)),
        ]),
      );
      out.push(label(left + w + 4, y + barHeight / 2 + 3, series.labels[c] ?? '', 11, { class: 'value' }));
    });
    out.push(
      label(labelWidth + 4, top + c * group + group / 2 + 4, fitText(category, labelWidth - 8, 11), 11, {
        'text-anchor': 'end',
        class: 'category',
      }),
    );
  });
  return out;
}

function pie(view: ChartView): SvgNode[] {
  const series = view.series[0];
  const values = (series?.values ?? []).map((v) => (v !== null && v > 0 ? v : 0));
  const total = values.reduce((a, b) => a + b, 0);
  const top = TITLE_BAND;
  const r = Math.max(10, Math.min(view.width * 0.3, (view.height - top - 16) / 2));
  const cx = 16 + r;
  const cy = top + (view.height - top) / 2;
  const out: SvgNode[] = [];
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    if (!total || !v) return;
    const share = v / total;
    const title = node('title', {}, undefined, valueTitle(view, i, 0));
    const fill = colorOf(view, i);
    if (share >= 1 - 1e-9) {
      out.push(node('circle', { class: 'slice', cx, cy, r, fill }, [title]));
      return;
    }
    const end = angle + share * 2 * Math.PI;
    const p = (a: number): string => `${cx + r * Math.cos(a)} ${cy + r * Math.sin(a)}`;
    const d = `M ${cx} ${cy} L ${p(angle)} A ${r} ${r} 0 ${share > 0.5 ? 1 : 0} 1 ${p(end)} Z`;
    out.push(node('path', { class: 'slice', d, fill, stroke: '#ffffff' }, [title]));
    angle = end;
  });
  const legendX = cx + r + 24;
  view.categories.forEach((category, i) => {
    const y = top + 16 + i * 20;
    const share = total ? `${Math.round(((values[i] ?? 0) / total) * 1000) / 10}%` : '';
    out.push(
      node('rect', { class: 'legend-key', x: legendX, y: y - 9, width: 10, height: 10, fill: colorOf(view, i) }),
    );
    out.push(
      label(legendX + 14, y, `${fitText(category, view.width - legendX - 70, 12)} (${share})`, 12, { class: 'legend' }),
    );
  });
  return out;
}

export function chartSvg(view: ChartView): SvgNode {
  const body = view.type === 'pie' ? pie(view) : view.type === 'bar' ? bars(view) : columns(view);
  const withLegend = view.type !== 'pie' && view.series.length > 1;
  return node(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'chart',
      width: view.width,
      height: view.height,
      viewBox: `0 0 ${view.width} ${view.height}`,
      'data-chart-type': view.type,
      role: 'img',
      'aria-label': view.title,
    },
    [
      node('rect', {
        x: 0.5,
        y: 0.5,
        width: view.width - 1,
        height: view.height - 1,
        fill: '#ffffff',
        stroke: '#dadce0',
      }),
      label(16, 26, fitText(view.title, view.width - 32, 15), 15, { class: 'chart-title', fill: '#202124' }),
      ...(withLegend
        ? legend(
            view,
            view.series.map((s) => s.name),
            16,
            TITLE_BAND + 12,
          )
        : []),
      ...body,
    ],
  );
}

// The charts of the shown sheet, drawn over the grid where Sheets puts them: the chart's top-left corner at
// its anchor cell's top-left corner plus the offsets in pixels (ContainerInfo). Text goes in as text only.
import type { ChartView } from '../chart-view';
import { chartSvg, type SvgNode } from './chart-svg';

const SVG_NS = 'http://www.w3.org/2000/svg';

function element(n: SvgNode): SVGElement {
  const el = document.createElementNS(SVG_NS, n.tag);
  for (const [name, value] of Object.entries(n.attrs)) if (name !== 'xmlns') el.setAttribute(name, String(value));
  if (n.text !== undefined) el.textContent = n.text;
  for (const child of n.children ?? []) el.append(element(child));
  return el;
}

/** Replaces the charts drawn over the grid in `scroller` with `charts` (cells found by data-a1). */
export function placeCharts(
  scroller: HTMLElement,
  charts: readonly ChartView[],
  a1: (row: number, col: number) => string,
): void {
  for (const old of Array.from(scroller.querySelectorAll('.chart-box'))) old.remove();
  const box = scroller.getBoundingClientRect();
  for (const chart of charts) {
    const cell = scroller.querySelector<HTMLElement>(
      `td[data-a1="${a1(chart.anchor.row - 1, chart.anchor.column - 1)}"]`,
    );
    if (!cell) continue;
    const at = cell.getBoundingClientRect();
    const holder = document.createElement('div');
    holder.className = 'chart-box';
    holder.dataset['chartId'] = String(chart.id);
    holder.style.left = `${at.left - box.left + scroller.scrollLeft + chart.anchor.offsetX}px`;
    holder.style.top = `${at.top - box.top + scroller.scrollTop + chart.anchor.offsetY}px`;
    holder.append(element(chartSvg(chart)));
    scroller.append(holder);
  }
}

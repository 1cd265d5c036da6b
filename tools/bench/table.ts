// Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned.

export type TableCell = string | number | null | undefined;

function show(cell: TableCell): string {
  if (cell === null || cell === undefined) return '—';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return String(cell);
    return Number.isInteger(cell)
      ? cell.toLocaleString('en-US')
      : cell.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  }
  return cell;
}

/** Characters as a terminal shows them (combining marks take no column). */
function width(text: string): number {
  return [...text.normalize('NFC')].filter((ch) => !/\p{M}/u.test(ch)).length;
}

export function renderTable(header: readonly string[], rows: readonly (readonly TableCell[])[]): string {
  const texts = rows.map((row) => header.map((_, j) => show(row[j])));
  const numeric = header.map((_, j) =>
    rows.every((row) => row[j] === null || row[j] === undefined || typeof row[j] === 'number'),
  );
  const widths = header.map((h, j) => Math.max(width(h), ...texts.map((row) => width(row[j] ?? ''))));
  const pad = (text: string, j: number) => {
    const fill = ' '.repeat(Math.max(0, (widths[j] ?? 0) - width(text)));
    return numeric[j] ? fill + text : text + fill;
  };
  const line = (cells: readonly string[]) =>
    cells
      .map((c, j) => pad(c, j))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...texts.map(line)].join('\n');
}

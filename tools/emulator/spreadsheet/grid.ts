// Small grid helpers of the document model: sparse arrays, spans moved by row/column inserts and deletes.

export function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

export function grid<T>(nr: number, nc: number, fn: (i: number, j: number) => T): T[][] {
  const out: T[][] = new Array(nr);
  for (let i = 0; i < nr; i++) {
    const row: T[] = new Array(nc);
    for (let j = 0; j < nc; j++) row[j] = fn(i, j);
    out[i] = row;
  }
  return out;
}

export function setSparse<T>(arr: (T | undefined)[], i: number, v: T | undefined): void {
  if (v === undefined) {
    if (i < arr.length) {
      arr[i] = undefined;
      while (arr.length > 0 && arr[arr.length - 1] === undefined) arr.length--;
    }
    return;
  }
  if (arr.length < i) arr.length = i;
  arr[i] = v;
}

export function spliceSparse<T>(
  arr: (T | undefined)[],
  at: number,
  deleteCount: number,
  items: (T | undefined)[],
): void {
  if (arr.length <= at) return;
  arr.splice(at, deleteCount, ...items);
  while (arr.length > 0 && arr[arr.length - 1] === undefined) arr.length--;
}

/** A span [start, start+size) after inserting `count` at `at` (0-based): grows when inserted inside. */
export function shiftSpan(start: number, size: number, at: number, count: number): [number, number] {
  if (at <= start) return [start + count, size];
  if (at < start + size) return [start, size + count];
  return [start, size];
}

/** A span after deleting [at, at+count); undefined when nothing is left. */
export function shrinkSpan(start: number, size: number, at: number, count: number): [number, number] | undefined {
  const end = start + size;
  const delEnd = at + count;
  const keptBefore = Math.max(0, Math.min(end, at) - start);
  const keptAfter = Math.max(0, end - Math.max(start, delEnd));
  const newSize = keptBefore + keptAfter;
  if (newSize <= 0) return undefined;
  const newStart = start < at ? start : Math.max(at, start - count);
  return [newStart, newSize];
}

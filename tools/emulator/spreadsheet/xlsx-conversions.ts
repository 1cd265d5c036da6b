// How the model's dates, colours and formulas are written in .xlsx, both ways.

const EXCEL_EPOCH_OFFSET = 25569; // serial of 1970-01-01
const MS_PER_DAY = 86_400_000;

/** Functions Excel stores with the _xlfn. prefix (newer than Excel 2007). */
const FUTURE_FUNCTIONS = [
  'IFS',
  'SWITCH',
  'CONCAT',
  'TEXTJOIN',
  'MAXIFS',
  'MINIFS',
  'IFNA',
  'XLOOKUP',
  'XMATCH',
  'DAYS',
  'ISOWEEKNUM',
  'FILTER',
  'SORT',
  'UNIQUE',
  'SEQUENCE',
  'AGGREGATE',
];

export function serialFromExcelDate(d: Date): number {
  return d.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

export function excelDateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - EXCEL_EPOCH_OFFSET) * MS_PER_DAY));
}

export function argbToHex(c: { argb?: string } | undefined): string | undefined {
  const argb = c?.argb;
  if (!argb || !/^[0-9a-fA-F]{6,8}$/.test(argb)) return undefined;
  return '#' + argb.slice(-6).toLowerCase();
}

export function hexToArgb(hex: string): string {
  return 'FF' + hex.slice(1).toUpperCase();
}

export function formulaFromExcel(f: string): string {
  return '=' + f.replace(/_xlfn\.|_xlws\./g, '');
}

export function formulaToExcel(f: string): string {
  let s = f.startsWith('=') ? f.slice(1) : f;
  const re = new RegExp(`(^|[^A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join('|')})\\(`, 'g');
  s = s.replace(re, '$1_xlfn.$2(');
  return s;
}

// The clean workbook the hostile cases start from: five units in a small tree, the template milestones,
// cut-offs and holidays, the sample targets. Its rows and columns are fixed so expected findings can be
// written as cells by hand:
//   Đơn vị        A Mã đơn vị · B Tên · C Loại · D Cấp trên · E Số đảng viên · F Ngày đại hội · G Điểm · H Email · I Ghi chú
//                 row 2 ROOT, 3 DB01, 4 DB01-01, 5 DB01-02, 6 CB01
//   Mốc công việc A Mã mốc · B Tên · C Áp dụng · D Mốc tính · E Số ngày · F Loại ngày · G Ngày cố định · H Điều kiện · …
//                 rows 2–13 = M01–M12
//   Chỉ tiêu      A Mã · B Nội dung · C Đơn vị tính · D Chiều · E Áp dụng · F Chỉ tiêu giao · G Hạn · H Tổng hợp · I Ghi chú
//                 rows 2… = CT01…
//   Cài đặt       A Thiết lập · B Giá trị; rows 2–7 organisation, term, warning days, congress milestone, admins, restrict
import { sampleTables, templateTables, type SampleTable } from '../../src/core/sample';
import { UNITS, type Lang } from '../../src/core/schema';
import { tableSheet, type CellInput, type SheetInput, type WorkbookInput } from '../support/workbooks';

export const ADMIN = 'admin@example.com';
export const TODAY = '2020-05-15';

const UNIT_ROWS: Record<Lang, CellInput[][]> = {
  vi: [
    ['ROOT', 'Đảng bộ Công an tỉnh', 'Đảng bộ cấp trên cơ sở', null, 120, { date: '2020-07-15' }, false, null, null],
    [
      'DB01',
      'Đảng bộ Phòng An ninh',
      'Đảng bộ cơ sở',
      'ROOT',
      40,
      { date: '2020-05-20' },
      false,
      'vanthu.db01@example.org',
      null,
    ],
    ['DB01-01', 'Chi bộ Đội 1', 'Chi bộ trực thuộc', 'DB01', 12, { date: '2020-03-10' }, false, null, null],
    ['DB01-02', 'Chi bộ Đội 2', 'Chi bộ trực thuộc', 'DB01', 10, { date: '2020-03-12' }, false, null, null],
    [
      'CB01',
      'Chi bộ Công an huyện A',
      'Chi bộ cơ sở',
      'ROOT',
      25,
      { date: '2020-04-15' },
      false,
      'vanthu.cb01@example.org',
      null,
    ],
  ],
  en: [],
};
UNIT_ROWS.en = UNIT_ROWS.vi;

const UNIT_COLUMNS = UNITS.columns.filter((c) => c.key !== 'congressDays');

/** The sheets of the clean workbook, each as rows of cells (header first). */
export function baseSheets(lang: Lang = 'vi'): SheetInput[] {
  const tables: SampleTable[] = templateTables(lang).map((t) => {
    if (t.sheet === 'targets') return sampleTables(lang).find((s) => s.sheet === 'targets')!;
    if (t.sheet !== 'settings') return t;
    return {
      ...t,
      rows: t.rows.map((r) =>
        r[0] === (lang === 'vi' ? 'Quản trị viên' : 'Administrators') ? [r[0] ?? null, ADMIN] : r,
      ),
    };
  });
  return tables.map((t) => {
    const sheet = tableSheet(t, lang);
    // The corpus' unit rows have no Congress days column: an optional column may be left out.
    if (t.sheet === 'units')
      return { name: sheet.name, rows: [UNIT_COLUMNS.map((c) => c[lang]), ...UNIT_ROWS[lang].map((r) => [...r])] };
    return sheet;
  });
}

export function input(sheets: SheetInput[], lang: Lang = 'vi'): WorkbookInput {
  return { sheets, locale: lang === 'vi' ? 'vi_VN' : 'en_US' };
}

/** The sheet of that name (exact), for a case to change. */
export function sheet(sheets: SheetInput[], name: string): SheetInput {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in the base`);
  return s;
}

const COLUMN = (letter: string) => letter.charCodeAt(0) - 65;

/** Sets one cell by its A1 address (single letter columns). */
export function set(sheets: SheetInput[], name: string, a1: string, value: CellInput): void {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad cell ${a1}`);
  const rows = sheet(sheets, name).rows;
  const r = Number(m[2]) - 1;
  while (rows.length <= r) rows.push([]);
  const row = rows[r]!;
  const c = COLUMN(m[1]!);
  while (row.length <= c) row.push(null);
  row[c] = value;
}

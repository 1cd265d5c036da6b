// The hostile and malformed workbooks of the corpus, built programmatically from the clean base (base.ts): each
// case states the exact findings (code, sheet, cell) Validate must list, worked out from docs/workbook.md §2 and §6. Used by
// workbooks.test.ts (findings, nothing lost) and by the second-engine suite (LibreOffice recalculates the outputs).
import type { Emulator } from '../../tools/emulator';
import type { Workbook } from '../../tools/emulator/spreadsheet';
import { readTable, rowsWhere, type CellInput, type SheetInput } from '../support/workbooks';
import { PROGRESS, type Lang } from '../../src/core/schema';
import { set, sheet } from './base';

export const U = 'Đơn vị';
const M = 'Mốc công việc';
const T = 'Chỉ tiêu thi đua';
const S = 'Cài đặt';
const H = 'Ngày nghỉ';

type Expected = [code: string, sheet: string, cell: string][];

export interface WorkbookCase {
  name: string;
  lang?: Lang;
  change?: (sheets: SheetInput[]) => void;
  /** Changes the built workbook (merges, sheet names) before the add-on sees it. */
  model?: (wb: Workbook) => void;
  findings: Expected;
  /** Extra checks on the refreshed workbook. */
  check?: (emu: Emulator) => void;
}

const LONG = 'Đ'.repeat(25_000) + 'x'.repeat(25_000);
const HOSTILE_TEXTS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '"><b>đậm</b>',
  "'; DROP TABLE units; --",
];
const remove = (sheets: SheetInput[], name: string) =>
  sheets.splice(
    sheets.findIndex((s) => s.name === name),
    1,
  );
const nfd = (text: string) => text.normalize('NFD');

/** The Progress row of a unit and milestone, as values. */
function progressRow(
  emu: Emulator,
  unitId: string,
  milestoneId: string,
): { values: unknown[]; formulas: string[]; columns: Record<string, number> } {
  const t = readTable(emu, PROGRESS);
  if (!t) throw new Error('no Progress sheet');
  const r = rowsWhere(t, { unitId, milestoneId })[0];
  if (r === undefined) throw new Error(`no Progress row ${unitId} ${milestoneId}`);
  return { values: t.values[r]!, formulas: t.formulas[r]!, columns: t.columns };
}

export const CASES: WorkbookCase[] = [
  { name: 'the clean base', findings: [] },
  { name: 'Units sheet missing', change: (s) => remove(s, U), findings: [['E_SHEET_MISSING', U, '']] },
  // Without Milestones every cut-off names a milestone that does not exist (Cut-offs rows 2–5, column B).
  {
    name: 'Milestones sheet missing',
    change: (s) => remove(s, M),
    findings: [
      ['E_SHEET_MISSING', M, ''],
      ...[2, 3, 4, 5].map((r): Expected[number] => ['E_VALUE_UNKNOWN', 'Hạn chót', `B${r}`]),
    ],
  },
  {
    name: 'optional sheets missing (Cut-offs, Targets, Settings, Holidays)',
    change: (s) => ['Hạn chót', T, S, H].forEach((n) => remove(s, n)),
    findings: [],
  },
  {
    name: 'Units key header renamed',
    change: (s) => set(s, U, 'A1', 'Mã ĐV'),
    findings: [['E_HEADER_MISSING', U, 'A1']],
  },
  // A required header other than the key is reported where it should be added: after the last header.
  {
    name: 'Units name header missing',
    change: (s) => set(s, U, 'B1', 'Tên gọi'),
    findings: [['E_HEADER_MISSING', U, 'J1']],
  },
  {
    name: 'Milestones anchor and offset headers missing',
    change: (s) => (set(s, M, 'D1', 'Tính từ'), set(s, M, 'E1', 'Ngày')),
    findings: [
      ['E_HEADER_MISSING', M, 'L1'],
      ['E_HEADER_MISSING', M, 'M1'],
    ],
  },
  {
    name: 'merged title row and a blank row above the header (cells keep their real addresses)',
    change: (s) => {
      const rows = sheet(s, U).rows;
      rows.unshift(['DANH SÁCH TỔ CHỨC ĐẢNG TRỰC THUỘC'], []);
      set(s, U, 'F6', '31/02/2020');
    },
    model: (wb) => wb.requireSheet(U).merges.push({ row: 1, column: 1, numRows: 1, numColumns: 9 }),
    findings: [['E_DATE_INVALID', U, 'F6']],
  },
  {
    name: 'header on row 11, past the first ten rows',
    change: (s) => sheet(s, U).rows.unshift(...Array.from({ length: 10 }, (): CellInput[] => ['Ghi chú đầu trang'])),
    findings: [['E_HEADER_MISSING', U, 'A1']],
  },
  {
    name: 'decomposed Unicode (NFD) sheet name, headers and IDs',
    change: (s) => {
      const units = sheet(s, U);
      units.name = nfd(U);
      units.rows[0] = units.rows[0]!.map((h) => (typeof h === 'string' ? nfd(h) : h));
      set(s, nfd(U), 'A3', 'ĐB-Ấp');
      set(s, nfd(U), 'D4', nfd('ĐB-Ấp'));
      set(s, nfd(U), 'D5', nfd(' đb-ấp '));
    },
    findings: [],
    check: (emu) => expect(progressRow(emu, 'DB01-01', 'M02').values[0]).toBe('DB01-01'),
  },
  {
    name: 'duplicate unit ID (later row reported)',
    change: (s) => set(s, U, 'A5', 'DB01-01'),
    findings: [['E_ID_DUPLICATE', U, 'A5']],
  },
  {
    name: 'duplicate unit ID differing only by case, spaces and NFC',
    change: (s) => set(s, U, 'A5', nfd(' db01-01 ')),
    findings: [['E_ID_DUPLICATE', U, 'A5']],
  },
  {
    name: 'a unit row with data but no ID',
    change: (s) => set(s, U, 'A5', null),
    findings: [['E_ID_MISSING', U, 'A5']],
  },
  { name: 'a unit without a name', change: (s) => set(s, U, 'B4', null), findings: [['E_REQUIRED_MISSING', U, 'B4']] },
  { name: 'unknown parent unit', change: (s) => set(s, U, 'D4', 'DB99'), findings: [['E_PARENT_UNKNOWN', U, 'D4']] },
  {
    name: 'two units each the parent of the other',
    change: (s) => (set(s, U, 'D4', 'DB01-02'), set(s, U, 'D5', 'DB01-01')),
    findings: [
      ['E_PARENT_CYCLE', U, 'D4'],
      ['E_PARENT_CYCLE', U, 'D5'],
    ],
  },
  {
    name: 'a unit that is its own parent',
    change: (s) => set(s, U, 'D6', 'CB01'),
    findings: [['E_PARENT_CYCLE', U, 'D6']],
  },
  {
    name: 'three-unit parent cycle through the root',
    change: (s) => set(s, U, 'D2', 'DB01-01'),
    // ROOT → DB01-01 → DB01 → ROOT: every unit on the loop.
    findings: [
      ['E_PARENT_CYCLE', U, 'D2'],
      ['E_PARENT_CYCLE', U, 'D3'],
      ['E_PARENT_CYCLE', U, 'D4'],
    ],
  },
  {
    name: 'milestones anchored on each other (M08 ↔ M09)',
    change: (s) => set(s, M, 'D9', 'M09'),
    findings: [
      ['E_ANCHOR_CYCLE', M, 'D9'],
      ['E_ANCHOR_CYCLE', M, 'D10'],
    ],
  },
  {
    name: 'three-milestone anchor loop (M08 → M09 → M11 → M08)',
    change: (s) => (set(s, M, 'D9', 'M11'), set(s, M, 'D12', 'M08'), set(s, M, 'D10', 'M09')),
    findings: [
      ['E_ANCHOR_CYCLE', M, 'D9'],
      ['E_ANCHOR_CYCLE', M, 'D10'],
      ['E_ANCHOR_CYCLE', M, 'D12'],
    ],
  },
  {
    name: 'a milestone anchored on itself',
    change: (s) => set(s, M, 'D13', 'M12'),
    findings: [['E_ANCHOR_CYCLE', M, 'D13']],
  },
  {
    name: 'anchor on a milestone that does not exist',
    change: (s) => set(s, M, 'D13', 'M99'),
    findings: [['E_ANCHOR_UNKNOWN', M, 'D13']],
  },
  {
    name: 'requirement that does not exist',
    change: (s) => set(s, M, 'H5', 'M03; M77'),
    findings: [['E_REQUIRES_UNKNOWN', M, 'H5']],
  },
  {
    name: 'fixed-date anchor without a date',
    change: (s) => set(s, M, 'D6', 'Ngày cố định'),
    findings: [['E_FIXED_DATE_MISSING', M, 'G6']],
  },
  {
    name: 'dates in every accepted form',
    change: (s) => {
      set(s, U, 'F2', '15/07/2020');
      set(s, U, 'F3', '20-05-2020');
      set(s, U, 'F4', '10.03.2020');
      set(s, U, 'F5', '2020-03-12');
      set(s, U, 'F6', 43936); // serial of 2020-04-15
      set(s, H, 'A2', '1/1/2020');
    },
    findings: [],
    check: (emu) =>
      expect(progressRow(emu, 'CB01', 'M07').values[progressRow(emu, 'CB01', 'M07').columns.deadline!]).toEqual(
        expect.any(Date),
      ),
  },
  {
    name: 'impossible and unreadable dates',
    change: (s) => (
      set(s, U, 'F4', '31/02/2020'),
      set(s, U, 'F5', '2020-13-01'),
      set(s, U, 'F6', 'sắp tới'),
      set(s, T, 'G2', '30/02/2020')
    ),
    // An unreadable planned date is reported once, as unreadable (not a second time as missing).
    findings: [
      ['E_DATE_INVALID', U, 'F4'],
      ['E_DATE_INVALID', U, 'F5'],
      ['E_DATE_INVALID', U, 'F6'],
      ['E_DATE_INVALID', T, 'G2'],
    ],
  },
  {
    name: 'numbers as Vietnamese and English text',
    change: (s) => (
      set(s, U, 'E2', '1.103'),
      set(s, T, 'F2', '5,62'),
      set(s, T, 'F3', '1,103.5'),
      set(s, T, 'F4', '1.103.500')
    ),
    findings: [],
  },
  {
    name: 'numbers that cannot be read or are out of range',
    change: (s) => (
      set(s, U, 'E3', 'bốn mươi'),
      set(s, U, 'E4', -3),
      set(s, U, 'E5', '10,5'),
      set(s, T, 'F2', '-1'),
      set(s, M, 'E3', 'bốn lăm')
    ),
    findings: [
      ['E_NUMBER_INVALID', U, 'E3'],
      ['E_NUMBER_INVALID', U, 'E4'],
      ['E_NUMBER_INVALID', U, 'E5'],
      ['E_NUMBER_INVALID', M, 'E3'],
      ['E_NUMBER_INVALID', T, 'F2'],
    ],
  },
  {
    name: 'values outside their fixed lists',
    change: (s) => (
      set(s, M, 'F3', 'Ngày lễ'),
      set(s, T, 'D2', 'Nhiều hơn'),
      set(s, T, 'H2', 'Tổng'),
      set(s, U, 'G3', 'có lẽ')
    ),
    findings: [
      ['E_VALUE_UNKNOWN', U, 'G3'],
      ['E_VALUE_UNKNOWN', M, 'F3'],
      ['E_VALUE_UNKNOWN', T, 'D2'],
      ['E_VALUE_UNKNOWN', T, 'H2'],
    ],
  },
  {
    name: 'booleans in every accepted spelling',
    change: (s) => (
      set(s, U, 'G2', 'x'),
      set(s, U, 'G3', 'có'),
      set(s, U, 'G4', 'không'),
      set(s, U, 'G5', 'no'),
      set(s, U, 'G6', '0')
    ),
    findings: [],
  },
  {
    name: 'malformed editor email',
    change: (s) => set(s, U, 'H3', 'vanthu@@example, ok@example.org'),
    findings: [['E_EMAIL_INVALID', U, 'H3']],
  },
  {
    name: 'settings that cannot be read',
    change: (s) => (set(s, S, 'B4', 'bảy'), set(s, S, 'B5', 'M99')),
    findings: [
      ['E_NUMBER_INVALID', S, 'B4'],
      ['E_VALUE_UNKNOWN', S, 'B5'],
    ],
  },
  {
    name: 'a grassroots committee holding its congress after its parent',
    change: (s) => set(s, U, 'F2', { date: '2020-05-01' }),
    findings: [['W_CHILD_AFTER_PARENT', U, 'F3']],
  },
  {
    name: '50,000-character cells',
    change: (s) => (set(s, U, 'B4', LONG), set(s, U, 'I4', LONG), set(s, M, 'K2', LONG)),
    findings: [],
    check: (emu) => {
      const row = progressRow(emu, 'DB01-01', 'M02');
      expect(row.values[row.columns.unitName!]).toBe(LONG);
    },
  },
  {
    name: 'formulas and formula-looking text in every text field',
    change: (s) => {
      set(s, U, 'B4', '=HYPERLINK("http://evil.example","bấm")');
      set(s, U, 'B5', { formula: '="Chi bộ "&"Đội 2"' });
      set(s, U, 'I4', '+84 912 345 678');
      set(s, U, 'I5', '@everyone');
      set(s, M, 'B3', '-Ban hành kế hoạch'); // M02, which applies to cells
      set(s, T, 'B2', '=1+1');
    },
    findings: [],
    check: (emu) => {
      const text = progressRow(emu, 'DB01-01', 'M02');
      expect(text.values[text.columns.unitName!]).toBe('=HYPERLINK("http://evil.example","bấm")');
      expect(text.formulas[text.columns.unitName!]).toBe('');
      const computed = progressRow(emu, 'DB01-02', 'M02');
      expect(computed.values[computed.columns.unitName!]).toBe('Chi bộ Đội 2');
      expect(computed.values[computed.columns.task!]).toBe('-Ban hành kế hoạch');
      expect(computed.formulas[computed.columns.task!]).toBe('');
    },
  },
  {
    name: 'markup in every text field',
    change: (s) =>
      HOSTILE_TEXTS.forEach(
        (t, i) => (
          set(s, U, `B${3 + i}`, t),
          set(s, U, `I${3 + i}`, t),
          set(s, M, `B${2 + i}`, t),
          set(s, T, `B${2 + i}`, t)
        ),
      ),
    findings: [],
    check: (emu) => {
      const row = progressRow(emu, 'DB01', 'M01');
      expect(row.values[row.columns.unitName!]).toBe(HOSTILE_TEXTS[0]);
      expect(row.values[row.columns.task!]).toBe(HOSTILE_TEXTS[0]);
    },
  },
  {
    name: 'emoji and right-to-left text in names and IDs',
    change: (s) => (
      set(s, U, 'A6', 'CB-🚩'),
      set(s, U, 'B6', '🚩 Chi bộ ✅ مرحبا שלום'),
      set(s, U, 'B2', 'Đảng bộ \u202eغرب\u202c')
    ),
    findings: [],
    check: (emu) =>
      expect(progressRow(emu, 'CB-🚩', 'M02').values[progressRow(emu, 'CB-🚩', 'M02').columns.unitName!]).toBe(
        '🚩 Chi bộ ✅ مرحبا שלום',
      ),
  },
  {
    name: 'columns in another order, extra columns and blank rows between units',
    change: (s) => {
      const units = sheet(s, U);
      units.rows = units.rows.map((row) => [...[...row].reverse(), 'cột riêng của văn phòng']);
      units.rows.splice(3, 0, [], []);
    },
    findings: [],
  },
  {
    name: 'an English workbook, with one unknown parent',
    lang: 'en',
    change: (s) => {
      set(s, 'Units', 'D4', 'DB99');
      set(s, 'Units', 'F3', '2020-05-20');
      set(s, 'Targets', 'F3', '1,103.5');
    },
    findings: [['E_PARENT_UNKNOWN', 'Units', 'D4']],
    check: (emu) =>
      expect(emu.workbook.sheetNames()).toEqual(expect.arrayContaining(['Progress', 'Emulation', 'Data issues'])),
  },
];

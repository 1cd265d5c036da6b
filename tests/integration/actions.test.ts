// Validate, Setup, Report and the menu on the built bundle; call counts that do not grow with the rows.
import { Emulator } from '../../tools/emulator';
import { ADMIN, d, host, put, sheetOf, trackerEmulator, writeCalls } from './tracker.fixture';
import { ISSUES_HEADER, MILESTONES_HEADER, PROGRESS_HEADER, UNITS_HEADER } from '../support/headers';

const snap = (emu: Emulator, name: string) => {
  const s = emu.snapshot({ sheets: [name] }).sheets[name];
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** A workbook holding one instance of (nearly) every finding code of docs/workbook.md §6. Today 15/06/2020. */
function brokenWorkbook(): Emulator {
  const emu = Emulator.create({ today: '2020-06-15', user: { email: ADMIN, locale: 'vi' } });
  put(emu, 'Đơn vị', [
    UNITS_HEADER,
    ['A', 'Đơn vị A', 'Đảng bộ cơ sở', '', 10, d('2020-07-01'), '', 'a@example.com', ''],
    ['B', 'Đơn vị B', 'Chi bộ trực thuộc', 'A', 'mười', d('2020-07-10'), '', 'not-an-email', ''], // number, email, child after parent
    ['', 'Không mã', 'Đảng bộ cơ sở', '', '', '', '', '', ''], // E_ID_MISSING
    ['A', 'Trùng', 'Đảng bộ cơ sở', '', '', '', '', '', ''], // E_ID_DUPLICATE
    ['C', '', 'Đảng bộ cơ sở', 'ZZ', '', '31/02/2020', '', '', ''], // required, parent unknown, date invalid
    ['D', 'Đơn vị D', 'Đảng bộ cơ sở', 'E', '', d('2020-07-01'), '', '', ''], // cycle D → E → D
    ['E', 'Đơn vị E', 'Đảng bộ cơ sở', 'D', '', d('2020-07-01'), '', '', ''],
    ['F', 'Đơn vị F', 'Loại lạ', '', '', '', '', '', ''], // type unused
    ['G', 'Đơn vị G', 'Đảng bộ cơ sở', '', '', '', '', '', ''], // congress date missing
  ]);
  put(emu, 'Mốc công việc', [
    MILESTONES_HEADER,
    ['M1', 'Một', 'Đảng bộ cơ sở, Chi bộ trực thuộc', 'Ngày đại hội', -10, 'Ngày', '', '', '', '', ''],
    ['M2', 'Hai', 'Đảng bộ cơ sở, Chi bộ trực thuộc', 'Ngày đại hội', 0, 'Ngày', '', 'M1, M99', '', '', ''], // requires unknown
    ['M3', 'Ba', 'Đảng bộ cơ sở', 'M98', 1, 'Ngày', '', '', '', '', ''], // anchor unknown
    ['M4', 'Bốn', 'Đảng bộ cơ sở', 'M5', 1, 'Ngày', '', '', '', '', ''], // anchor cycle M4 ↔ M5
    ['M5', 'Năm', 'Đảng bộ cơ sở', 'M4', 1, 'Ngày', '', '', '', '', ''],
    ['M6', 'Sáu', 'Đảng bộ cơ sở', 'Ngày cố định', '', 'Ngày', '', '', '', '', ''], // fixed date missing
    ['M7', 'Bảy', 'Đảng bộ cơ sở', 'Ngày đại hội', 0, 'Ngày lẻ', '', '', '', '', ''], // value unknown
  ]);
  put(emu, 'Hạn chót', [
    ['Loại tổ chức', 'Mã mốc', 'Hạn chót'],
    ['Đảng bộ cơ sở', 'M2', d('2020-06-30')], // A's M2 = 01/07 > 30/06: cut-off exceeded
  ]);
  put(emu, 'Chỉ tiêu thi đua', [
    [
      'Mã chỉ tiêu',
      'Nội dung chỉ tiêu',
      'Đơn vị tính',
      'Chiều đánh giá',
      'Áp dụng cho',
      'Hạn',
      'Tổng hợp lên cấp trên',
      'Ghi chú',
    ], // no Chỉ tiêu giao
    ['T1', 'Mô hình', 'mô hình', 'Tối thiểu', '', '', 'Cộng', ''],
  ]);
  put(emu, 'Tiến độ', [
    PROGRESS_HEADER,
    ['A', '', '', 'M1', '', '', 'Hoàn thành', '', '', '', '', '', ''], // done without date
    ['A', '', '', 'M2', '', '', 'Hoàn thành', d('2020-06-20'), '', '', '', '', ''], // in the future; M1 done so M99 unmet
    ['B', '', '', 'M2', '', '', 'Hoàn thành', d('2020-06-01'), '', '', '', '', ''], // requirement M1 not met
  ]);
  return emu;
}

describe('Validate', () => {
  it('lists every finding code with a link to its cell, coloured by severity, and toasts the counts', () => {
    const emu = brokenWorkbook();
    emu.run('menuValidate');
    const issues = snap(emu, 'Kiểm tra dữ liệu');
    const ss = (
      emu.backend.spreadsheetApp as unknown as { getActiveSpreadsheet(): { getActiveSheet(): { getName(): string } } }
    ).getActiveSpreadsheet();
    expect(ss.getActiveSheet().getName()).toBe('Kiểm tra dữ liệu');
    expect(issues.values[0]).toEqual(ISSUES_HEADER);
    const codes = new Set(issues.values.slice(1).map((r) => r[1]));
    const expected = [
      'E_HEADER_MISSING',
      'E_ID_MISSING',
      'E_ID_DUPLICATE',
      'E_REQUIRED_MISSING',
      'E_DATE_INVALID',
      'E_NUMBER_INVALID',
      'E_EMAIL_INVALID',
      'E_VALUE_UNKNOWN',
      'E_PARENT_UNKNOWN',
      'E_PARENT_CYCLE',
      'E_ANCHOR_UNKNOWN',
      'E_ANCHOR_CYCLE',
      'E_REQUIRES_UNKNOWN',
      'E_FIXED_DATE_MISSING',
      'W_CONGRESS_DATE_MISSING',
      'W_CUTOFF_EXCEEDED',
      'W_CHILD_AFTER_PARENT',
      'W_TYPE_UNUSED',
      'W_DONE_WITHOUT_DATE',
      'W_COMPLETED_IN_FUTURE',
      'W_REQUIREMENT_NOT_MET',
    ];
    expect(expected.filter((c) => !codes.has(c))).toEqual([]);
    // Severity labels and colours.
    const dup = issues.values.findIndex((r) => r[1] === 'E_ID_DUPLICATE');
    expect(issues.values[dup]?.slice(0, 4)).toEqual(['Lỗi', 'E_ID_DUPLICATE', 'Đơn vị', 'A5']);
    expect(issues.backgrounds[dup]?.[0]).toBe('#f4c7c3');
    const warn = issues.values.findIndex((r) => r[1] === 'W_TYPE_UNUSED');
    expect(issues.values[warn]?.[0]).toBe('Cảnh báo');
    expect(issues.backgrounds[warn]?.[0]).toBe('#fce8b2');
    // The cell is a link that selects it on its sheet.
    const gid = sheetOf(emu, 'Đơn vị').getSheetId();
    expect(emu.workbook.formulas('Kiểm tra dữ liệu')[dup]?.[3]).toBe(`=HYPERLINK("#gid=${gid}&range=A5","A5")`);
    expect(sheetOf(emu, 'Kiểm tra dữ liệu').getFrozenRows()).toBe(1);
    expect(emu.ui.toasts.at(-1)?.message).toMatch(/^\d+ lỗi, \d+ cảnh báo$/);
  });

  it('a missing required sheet is E_SHEET_MISSING, and Refresh then leaves the tracking sheets alone', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    const before = snap(emu, 'Tiến độ').values;
    host(emu).deleteSheet(sheetOf(emu, 'Mốc công việc'));
    emu.run('menuRefresh');
    const issues = snap(emu, 'Kiểm tra dữ liệu').values;
    expect(issues.some((r) => r[1] === 'E_SHEET_MISSING' && r[2] === 'Mốc công việc' && r[3] === null)).toBe(true);
    expect(snap(emu, 'Tiến độ').values).toEqual(before);
    expect(host(emu).getSheetByName('Lưu trữ')).toBeNull();
  });

  it('Refresh and Report never throw on bad data', () => {
    const emu = brokenWorkbook();
    expect(() => emu.run('menuRefresh')).not.toThrow();
    expect(() => emu.run('menuReport')).not.toThrow();
    expect(emu.ui.alerts.filter((a) => /Không thực hiện được/.test(a.prompt))).toEqual([]);
    const empty = Emulator.create({ today: '2020-06-15', user: { email: ADMIN, locale: 'vi' } });
    expect(() => empty.run('menuRefresh')).not.toThrow();
    expect(() => empty.run('menuReport')).not.toThrow();
    expect(snap(empty, 'Kiểm tra dữ liệu').values.some((r) => r[1] === 'E_SHEET_MISSING')).toBe(true);
  });

  it('dataIssues_ gives the findings of a fresh validation', () => {
    const emu = brokenWorkbook();
    const findings = emu.run('dataIssues_') as { code: string; sheet: string; cell: string }[];
    expect(findings.some((f) => f.code === 'E_PARENT_CYCLE' && f.sheet === 'Đơn vị')).toBe(true);
  });
});

describe('Data issues of a workbook without findings', () => {
  it('the first Refresh writes the header and “no issues” as the text they are, bold grey header, frozen', () => {
    const emu = trackerEmulator();
    sheetOf(emu, 'Đơn vị').getRange('F5').setValue(d('2020-08-01')); // U4's planned congress date, its one warning
    expect(emu.run('dataIssues_')).toEqual([]);
    emu.resetCalls();
    emu.run('menuRefresh');
    const issues = snap(emu, 'Kiểm tra dữ liệu');
    expect(issues.values).toEqual([ISSUES_HEADER, [null, null, null, null, 'Không phát hiện lỗi hay cảnh báo nào.']]);
    expect(issues.backgrounds[0]).toEqual(Array(5).fill('#d9d9d9'));
    const sheet = sheetOf(emu, 'Kiểm tra dữ liệu');
    expect(sheet.getRange('A1:E2').getFontWeights()).toEqual([Array(5).fill('bold'), Array(5).fill('normal')]);
    expect(sheet.getFrozenRows()).toBe(1);
    // Its own words need no plain-text format first; no finding links to a sheet.
    expect(emu.calls.byMethod['Sheet.getSheetId']).toBeUndefined();
    // 29 of them make and check the 8 sheet protections of Settings' Protect sheets (once per workbook); 2 read the
    // document properties for the upkeep of the on-edit trigger; 1 reads one Standing cell back (docs/workbook.md §9),
    // the cell got with the new sheet's other ranges, as are the ranges its protection leaves open.
    expect(emu.calls.total).toBeLessThanOrEqual(87);
  });
});

describe('notes left on the sheets the add-on rewrites', () => {
  // Sheet.clear() keeps notes in Google (see tests/emulator/observed-behaviour.test.ts): a note from an earlier
  // run would stay on a cell that now holds another finding or figure.
  const notesOf = (emu: Emulator, name: string): string[] => {
    const sheet = sheetOf(emu, name);
    return sheet
      .getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns())
      .getNotes()
      .flat()
      .filter((n: string) => n !== '');
  };

  it('Validate clears the notes an earlier run left on Data issues', () => {
    const emu = brokenWorkbook();
    emu.run('menuValidate');
    const issues = sheetOf(emu, 'Kiểm tra dữ liệu');
    issues.getRange('B3').setNote('E_ID_MISSING: đã báo đơn vị bổ sung');
    issues.getRange('E40').setNote('ghi chú cũ');
    expect(notesOf(emu, 'Kiểm tra dữ liệu')).toHaveLength(2);
    put(emu, 'Đơn vị', [['G', 'Đơn vị G', 'Đảng bộ cơ sở', '', '', d('2020-07-01'), '', '', '']], 10); // one finding fewer
    emu.run('menuValidate');
    expect(snap(emu, 'Kiểm tra dữ liệu').values.some((r) => r[1] === 'E_ID_MISSING')).toBe(true);
    expect(notesOf(emu, 'Kiểm tra dữ liệu')).toEqual([]);
  });

  it('Report clears the notes an earlier run left on the Summary', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    emu.run('menuReport');
    sheetOf(emu, 'Tổng hợp').getRange('B2').setNote('Số liệu tháng trước');
    emu.run('menuReport');
    expect(notesOf(emu, 'Tổng hợp')).toEqual([]);
  });
});

describe('Refresh and the document lock', () => {
  it('keeps the lock until the execution ends when it succeeds, releases it at once when it fails', () => {
    const emu = trackerEmulator();
    const phases: string[] = [];
    emu.onLockBoundary((e) => {
      if (e.depth === 0) phases.push(e.phase);
    });
    emu.run('menuRefresh');
    expect(phases).toEqual(['before-acquire', 'acquired']);
    // Google released it with the execution: the next one gets it.
    phases.length = 0;
    emu.failAtCall(12); // inside the locked body: one of the sheets' reads
    expect(() => emu.run('menuRefresh')).toThrow();
    expect(phases).toEqual(['before-acquire', 'acquired', 'released']);
    expect(emu.ui.alerts.at(-1)?.prompt).toBeTruthy();
    expect(() => emu.run('menuRefresh')).not.toThrow();
  });
});

describe('Setup', () => {
  it('on an empty workbook: creates the input sheets in the user’s language and loads the sample on Yes', () => {
    const emu = Emulator.create({ today: '2020-05-15', user: { email: ADMIN, locale: 'vi' } });
    emu.answerAlerts(['YES', 'OK']);
    emu.run('menuSetup');
    const names = emu.workbook.sheetNames();
    for (const n of [
      'Đơn vị',
      'Mốc công việc',
      'Hạn chót',
      'Chỉ tiêu thi đua',
      'Cài đặt',
      'Ngày nghỉ',
      'Tiến độ',
      'Thi đua',
    ])
      expect(names).toContain(n);
    const units = snap(emu, 'Đơn vị').values;
    expect(units.length).toBeGreaterThan(20);
    expect(sheetOf(emu, 'Đơn vị').getFrozenRows()).toBe(1);
    expect(emu.workbook.notes('Đơn vị')[0]?.[0]).toMatch(/Mã riêng của đơn vị/);
    // Sample statuses were written into the user columns.
    const progress = snap(emu, 'Tiến độ').values;
    expect(progress.filter((r) => r[6] === 'Hoàn thành').length).toBeGreaterThan(10);
  });

  it('answering No writes the template only; Setup never overwrites a sheet that has data', () => {
    const emu = Emulator.create({ today: '2020-05-15', user: { email: ADMIN, locale: 'en_US' } });
    emu.answerAlerts(['NO', 'OK']);
    emu.run('menuSetup');
    expect(emu.workbook.sheetNames()).toEqual(
      expect.arrayContaining(['Units', 'Milestones', 'Cut-offs', 'Targets', 'Settings', 'Holidays']),
    );
    expect(snap(emu, 'Units').values.length).toBe(1);
    const milestones = snap(emu, 'Milestones').values;
    expect(milestones.length).toBe(13); // header + the 12 default milestones
    expect(milestones[1]?.[0]).toBe('M01');

    // The user fills a unit and edits a milestone; a second Setup changes neither and asks nothing.
    put(emu, 'Units', [['PA03', 'Security', 'Đảng bộ cơ sở', '', 5, d('2020-06-10')]], 2);
    sheetOf(emu, 'Milestones').getRange('B2').setValue('My own wording');
    const before = { units: snap(emu, 'Units').values, milestones: snap(emu, 'Milestones').values };
    const alerts = emu.ui.alerts.length;
    emu.answerAlerts(['OK']);
    emu.run('menuSetup');
    expect(snap(emu, 'Units').values).toEqual(before.units);
    expect(snap(emu, 'Milestones').values).toEqual(before.milestones);
    expect(emu.ui.alerts.slice(alerts).filter((a) => a.buttonSet === 'YES_NO')).toEqual([]);
  });
});

describe('Setup of a new workbook', () => {
  it('writes the Cut-offs header only, makes the user an administrator and removes the empty default sheet', () => {
    const emu = Emulator.create({ today: '2020-05-15', user: { email: ADMIN, locale: 'vi' } });
    expect(emu.workbook.sheetNames()).toHaveLength(1); // the untouched default sheet
    emu.answerAlerts(['NO', 'OK']);
    emu.run('menuSetup');
    expect(emu.workbook.sheetNames()).toEqual([
      'Đơn vị',
      'Mốc công việc',
      'Hạn chót',
      'Chỉ tiêu thi đua',
      'Cài đặt',
      'Ngày nghỉ',
    ]);
    expect(snap(emu, 'Hạn chót').values).toEqual([['Loại tổ chức', 'Mã mốc', 'Hạn chót']]);
    const settings = snap(emu, 'Cài đặt').values;
    expect(settings.find((r) => r[0] === 'Quản trị viên')).toEqual(['Quản trị viên', ADMIN]);
    // Nothing is overdue in a new workbook: with no cut-offs, deadlines come from the planned dates alone.
    put(emu, 'Đơn vị', [['PA03', 'Phòng An ninh', 'Đảng bộ cơ sở', '', 5, d('2020-12-10')]], 2);
    emu.run('menuRefresh');
    const standings = snap(emu, 'Tiến độ')
      .values.slice(1)
      .map((r) => r[8]);
    expect(standings.length).toBeGreaterThan(0);
    expect(standings).not.toContain('Quá hạn');
  });

  it('keeps a default sheet that holds data; an English workbook gets the same template', () => {
    const emu = Emulator.create({ today: '2020-05-15', user: { email: ADMIN, locale: 'en_US' } });
    const first = host(emu).getSheets()[0];
    first.getRange('A1').setValue('my notes');
    const name = first.getName();
    emu.answerAlerts(['NO', 'OK']);
    emu.run('menuSetup');
    expect(emu.workbook.sheetNames()).toContain(name);
    expect(snap(emu, 'Cut-offs').values).toEqual([['Unit type', 'Milestone ID', 'Cut-off']]);
    expect(snap(emu, 'Settings').values.find((r) => r[0] === 'Administrators')).toEqual(['Administrators', ADMIN]);
  });
});

describe('Report', () => {
  it('writes the Summary with the figures of the core’s summary and two charts', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    emu.run('menuReport');
    const v = snap(emu, 'Tổng hợp').values;
    expect(v[0]?.[0]).toBe('BÁO CÁO TỔNG HỢP TIẾN ĐỘ CHUẨN BỊ ĐẠI HỘI VÀ THI ĐUA');
    expect(v[1]?.[0]).toBe('Đảng bộ Công an tỉnh · Nhiệm kỳ 2020-2025 · Số liệu đến ngày 15/06/2020');
    // The headline answers first: congresses held per type, then how much is overdue.
    const headline = v.findIndex((r) => r[0] === 'Kết quả chính');
    expect(v[headline + 1]?.[0]).toBe('Đảng bộ cơ sở: 0/7 (0%) đã đại hội');
    expect(v[headline + 2]?.[0]).toBe('Công việc quá hạn: 7');
    // By type: 7 grassroots units, none held (no status typed); overdue: U5 M1 (14/06) and U1 M1 (01/06),
    // U2/U3 M1 (05/06); due soon: U6 M1 (20/06). M2s: U1 08/06, U2/U3 12/06 overdue; U5 19/06 due soon.
    const typeRow = v.find((r) => r[0] === 'Đảng bộ cơ sở');
    expect(typeRow?.slice(0, 8)).toEqual(['Đảng bộ cơ sở', 7, 0, '0%', 0, 0, 7, 2]);
    const overdueHeader = v.findIndex((r) => r[0] === '3. Công việc quá hạn (trễ nhiều nhất trước)');
    expect(v[overdueHeader + 2]?.slice(0, 1)).toEqual(['U1']);
    expect(v[overdueHeader + 2]?.[4]).toBe(14); // 01/06 → 15/06
    const sheet = host(emu).getSheetByName('Tổng hợp');
    expect(sheet.getCharts().length).toBe(2);
    // It prints on an A4 landscape page: the columns it uses are about 1,000 px wide in all, and each chart
    // sits inside them, in the empty rows right below the table it plots.
    const used = Math.max(
      ...v.map((r) => r.reduce((last: number, c, i) => (c === null || c === '' ? last : i + 1), 0)),
    );
    expect(used).toBeLessThanOrEqual(8);
    const width = Array.from({ length: 8 }, (_, i) => sheet.getColumnWidth(i + 1) as number).reduce((a, b) => a + b, 0);
    expect(width).toBeLessThanOrEqual(1000);
    const typeTotal = v.findIndex((r) => r[0] === 'Tổng cộng');
    const congressChart = sheet.getCharts()[0].getContainerInfo();
    expect(congressChart.getAnchorRow()).toBe(typeTotal + 3); // 1-based: the total row, one blank row, then the chart
    expect(congressChart.getAnchorColumn()).toBeLessThanOrEqual(8);
    // A second report replaces the first (still two charts).
    emu.run('menuReport');
    expect(host(emu).getSheetByName('Tổng hợp').getCharts().length).toBe(2);
    const summary = emu.run('reportSummary_') as {
      asOf: string;
      byType: { type: string; units: number; overdue: number }[];
    };
    expect(summary.asOf).toBe('2020-06-15');
    expect(summary.byType[0]).toMatchObject({ type: 'Đảng bộ cơ sở', units: 7, overdue: 7 });
  });

  it('takes each deadline from the Progress sheet, so the Summary agrees with the Standing users see', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    // U6's M1 (congress 20/06, due soon) is moved to 10/06 on the sheet itself, as a later deadline update
    // would leave it; no trigger runs, and the inputs would still compute 20/06.
    const progress = sheetOf(emu, 'Tiến độ');
    const values = snap(emu, 'Tiến độ').values;
    const u6m1 = values.findIndex((r) => r[0] === 'U6' && r[3] === 'M1');
    progress.getRange(u6m1 + 1, 6).setValue(d('2020-06-10'));
    emu.run('menuReport');
    const summary = emu.run('reportSummary_') as {
      overdue: { unitId: string; milestoneId: string; deadline: string; daysLate: number }[];
      dueSoon: { unitId: string; milestoneId: string }[];
    };
    expect(summary.overdue).toContainEqual(
      expect.objectContaining({ unitId: 'U6', milestoneId: 'M1', deadline: '2020-06-10', daysLate: 5 }),
    );
    expect(summary.dueSoon).not.toContainEqual(expect.objectContaining({ unitId: 'U6', milestoneId: 'M1' }));
    expect('untracked' in summary).toBe(false);
    const rows = snap(emu, 'Tiến độ').values.slice(1);
    expect(rows.find((r) => r[0] === 'U6' && r[3] === 'M1')?.[8]).toBe('Quá hạn');
    // Every cell of the Progress matrix shows the Standing formula's value of its Progress row, as a short
    // code on the same colour the Progress sheet shows.
    const code: Record<string, string> = {
      'Quá hạn': 'QH',
      'Sắp đến hạn': 'SĐH',
      'Trong hạn': 'TH',
      'Hoàn thành đúng hạn': 'HT',
      'Hoàn thành trễ hạn': 'HTT',
      'Chưa có hạn': 'CCH',
      'Không áp dụng': 'KAD',
    };
    const progressSnap = snap(emu, 'Tiến độ');
    const matrix = snap(emu, 'Ma trận tiến độ');
    const head = matrix.values.findIndex((r) => r[0] === 'Mã đơn vị' && r[2] === 'M1');
    expect(head).toBeGreaterThan(0);
    const columnOf = { M1: 2, M2: 3 } as Record<string, number>;
    rows.forEach((r, i) => {
      const at = matrix.values.findIndex((l, j) => j > head && l[0] === r[0]);
      const column = columnOf[String(r[3])] ?? -1;
      expect([r[0], r[3], matrix.values[at]?.[column]]).toEqual([r[0], r[3], code[String(r[8])]]);
      expect([r[0], r[3], matrix.backgrounds[at]?.[column]]).toEqual([
        r[0],
        r[3],
        progressSnap.backgrounds[i + 1]?.[8],
      ]);
    });
    expect(matrix.values.some((l) => l[1] === 'QH: Quá hạn')).toBe(true); // the legend
  });

  it('opens the Summary it wrote and says where the matrix is and how to print', () => {
    const emu = trackerEmulator();
    emu.run('menuRefresh');
    emu.run('menuReport');
    expect(host(emu).getActiveSheet().getName()).toBe('Tổng hợp');
    expect(emu.ui.toasts.at(-1)?.message).toBe(
      'Đã lập báo cáo trong trang Tổng hợp; tình trạng từng đơn vị ở trang Ma trận tiến độ. Để in: Tệp → In, khổ A4 ngang.',
    );
  });

  it('on a workbook with no units yet, writes no empty report and points to Thiết lập', () => {
    const emu = Emulator.create({ today: '2020-06-15', user: { email: ADMIN, locale: 'vi' } });
    emu.answerAlerts(['NO', 'OK']);
    emu.run('menuSetup');
    emu.answerAlerts(['OK']);
    emu.run('menuReport');
    expect(emu.workbook.sheetNames()).not.toContain('Tổng hợp');
    expect(emu.ui.alerts.at(-1)?.prompt).toMatch(/^Chưa có đơn vị nào để báo cáo\. Hãy chạy Thiết lập bảng tính/);
  });

  it('before any Refresh, counts nothing and says the tasks are not tracked yet', () => {
    const emu = trackerEmulator();
    emu.run('menuReport');
    const v = snap(emu, 'Tổng hợp').values;
    // 7 units × 2 milestones, none on a Progress sheet.
    expect(v[2]?.[0]).toBe(
      '14 công việc chưa có trong trang Tiến độ nên chưa được tính; hãy chạy Làm mới bảng theo dõi.',
    );
    expect(v.find((r) => r[0] === 'Đảng bộ cơ sở')?.slice(0, 8)).toEqual(['Đảng bộ cơ sở', 7, 0, '0%', 0, 0, 0, 0]);
    const matrix = snap(emu, 'Ma trận tiến độ').values;
    const head = matrix.findIndex((r) => r[0] === 'Mã đơn vị' && r[2] === 'M1');
    expect(matrix[head + 1]?.slice(0, 4)).toEqual(['U1', 'Unit U1', 'CTD', 'CTD']);
    const summary = emu.run('reportSummary_') as { untracked?: number; overdue: unknown[] };
    expect(summary.untracked).toBe(14);
    expect(summary.overdue).toEqual([]);
  });
});

describe('Menu', () => {
  it('Vietnamese and English labels; safe in AuthMode.NONE', () => {
    const vi = trackerEmulator();
    vi.open({ authMode: 'NONE' });
    const labels = JSON.stringify(vi.ui.menus);
    for (const l of [
      'Thiết lập bảng tính',
      'Kiểm tra dữ liệu',
      'Làm mới bảng theo dõi',
      'Cập nhật tiến độ…',
      'Cập nhật kết quả thi đua…',
      'Báo cáo tổng hợp',
      'Trợ giúp',
    ])
      expect(labels).toContain(l);
    const en = trackerEmulator({ locale: 'en_US' });
    en.open({ authMode: 'NONE' });
    expect(JSON.stringify(en.ui.menus)).toContain('Refresh tracking sheets');
  });

  it('Help shows the help text', () => {
    const emu = trackerEmulator();
    emu.run('menuHelp');
    expect(emu.ui.sidebars.at(-1)?.html).toMatch(/Trình tự làm việc/);
  });
});

describe('service calls do not grow with the rows', () => {
  function measured(units: number) {
    const extra: [string, string, string | null][] = [];
    for (let i = 8; i <= units; i += 1) extra.push([`X${i}`, `Unit X${i}`, i % 5 ? '2020-07-01' : '2020-06-20']);
    const emu = trackerEmulator({ extraUnits: extra });
    const run = (fn: string) => {
      emu.resetCalls();
      emu.run(fn);
      return emu.calls;
    };
    const first = run('menuRefresh');
    const second = run('menuRefresh');
    const validate = run('menuValidate');
    const report = run('menuReport');
    const report2 = run('menuReport');
    return {
      first: first.total,
      second: second.total,
      secondWrites: writeCalls(second.byMethod),
      validate: validate.total,
      report: report.total,
      report2: report2.total,
    };
  }

  it('the same counts at 50 and 1,000 units', () => {
    const small = measured(50);
    const large = measured(1000);
    console.log(
      `service calls (50 units → 1,000 units): first Refresh ${small.first} → ${large.first}, second Refresh ${small.second} → ${large.second}, Validate ${small.validate} → ${large.validate}, Report ${small.report} → ${large.report}, second Report ${small.report2} → ${large.report2}`,
    );
    expect(large.second).toBe(small.second);
    expect(large.validate).toBe(small.validate);
    expect(large.report2).toBe(small.report2);
    // The first Refresh and Report make their sheets with the rows they need, in the same calls at any size.
    expect(large.first).toBe(small.first);
    expect(large.report).toBe(small.report);
    // Each menu action reads the document properties once more, for the upkeep of the on-edit trigger (2 calls);
    // Validate flushes before it releases the lock (1).
    // The first Refresh makes the 8 sheet protections of Settings' Protect sheets: 29 calls, once per workbook.
    expect(small.first).toBeLessThanOrEqual(89); // 1 of them reads one Standing cell back
    expect(small.report).toBeLessThanOrEqual(60);
    expect(small.report2).toBeLessThanOrEqual(60);
    expect(small.validate).toBeLessThanOrEqual(38); // one of them opens the Data issues sheet it wrote
    expect(small.secondWrites).toEqual({});
    expect(large.secondWrites).toEqual({});
    // 9 of them check the protections: the layout of Progress and Emulation, and one getProtections.
    expect(small.second).toBeLessThanOrEqual(48);
  });
});

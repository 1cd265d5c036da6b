// Finding messages in Vietnamese and English: each says what is wrong and how to fix it.
import { formatNumber } from './format';
import type { Lang } from './schema';

export interface Msg {
  vi: string;
  en: string;
}

export const msg = (vi: string, en: string): Msg => ({ vi, en });

export function inLang(m: Msg, lang: Lang): string {
  return m[lang];
}

type Label = { vi: string; en: string };
/** Weekday names, 0 = Sunday (as dates.weekday). */
const WEEKDAY_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const q = (s: string): string => `“${s}”`;
/** A cell's value as a message quotes it: text as typed, a number as the language writes it (“1,5” / “1.5”). */
type Quoted = string | number;
const qv = (v: Quoted, lang: Lang): string => q(typeof v === 'number' ? formatNumber(v, lang, 10) : v);
const list = (items: readonly string[]): string => items.map(q).join(', ');
/** 'B5' → 'dòng 5 (ô B5)' / 'row 5 (cell B5)': clerks find a row by its number first. */
export function rowAndCell(a1: string, lang: Lang): string {
  const row = /\d+$/.exec(a1)?.[0];
  if (!row) return lang === 'vi' ? `ô ${a1}` : `cell ${a1}`;
  return lang === 'vi' ? `dòng ${row} (ô ${a1})` : `row ${row} (cell ${a1})`;
}

export const MESSAGES = {
  sheetMissing: (sheet: Label): Msg =>
    msg(
      `Không tìm thấy trang tính ${q(sheet.vi)} (hoặc ${q(sheet.en)}). Chạy menu Thiết lập bảng tính để tạo trang tính này với đủ tiêu đề cột.`,
      `Sheet ${q(sheet.en)} (or ${q(sheet.vi)}) was not found. Run the menu Set up workbook to create it with its column headers.`,
    ),
  keyHeaderMissing: (column: Label): Msg =>
    msg(
      `Không tìm thấy dòng tiêu đề có cột ${q(column.vi)} trong 10 dòng đầu nên không đọc được bảng này. Thêm dòng tiêu đề (hoặc chạy Thiết lập bảng tính).`,
      `No header row with the column ${q(column.en)} in the first ten rows, so this table cannot be read. Add the header row (or run Set up workbook).`,
    ),
  headerMissing: (column: Label, cell: string): Msg =>
    msg(
      `Thiếu cột ${q(column.vi)}. Thêm cột có tiêu đề ${q(column.vi)} vào dòng tiêu đề, ví dụ ở ô ${cell}.`,
      `The column ${q(column.en)} is missing. Add a column headed ${q(column.en)} to the header row, for example in cell ${cell}.`,
    ),
  rowsAboveHeader: (header: number): Msg =>
    msg(
      `Dòng này có dữ liệu nhưng nằm trên dòng tiêu đề (dòng ${header}), nên không được đọc — thường do sắp xếp cả dòng tiêu đề. Hãy đưa dòng tiêu đề về trên cùng (Hoàn tác, hoặc cắt dán các dòng này xuống dưới). Trong lúc đó Làm mới bảng theo dõi không lưu trữ dòng nào vì trang này.`,
      `This row holds data but is above the header row (row ${header}), so it is not read — usually after a sort that included the header. Put the header row back on top (Undo, or cut and paste these rows below it). Until then Refresh archives no row because of this sheet.`,
    ),
  idMissing: (column: Label): Msg =>
    msg(
      `Dòng này có dữ liệu nhưng chưa có ${q(column.vi)} nên bị bỏ qua khi tính toán. Nhập mã, hoặc xóa dòng nếu không dùng.`,
      `This row has data but no ${q(column.en)}, so it is left out. Enter an ID, or delete the row if it is not needed.`,
    ),
  idDuplicate: (id: string, firstCell: string): Msg =>
    msg(
      `Mã ${q(id)} đã được dùng ở ${rowAndCell(firstCell, 'vi')}; dòng này bị bỏ qua khi tính toán. Đặt một mã khác hoặc xóa dòng trùng.`,
      `The ID ${q(id)} is already used in ${rowAndCell(firstCell, 'en')}; this row is left out. Give it another ID or delete the duplicate row.`,
    ),
  keyDuplicate: (what: string, firstCell: string): Msg =>
    msg(
      `${what} đã có ở ${rowAndCell(firstCell, 'vi')}; dòng này bị bỏ qua. Xóa dòng trùng hoặc sửa lại.`,
      `${what} is already given in ${rowAndCell(firstCell, 'en')}; this row is ignored. Delete or correct the duplicate.`,
    ),
  requiredMissing: (column: Label): Msg =>
    msg(
      `Cột ${q(column.vi)} đang để trống. Nhập giá trị cho ô này.`,
      `${q(column.en)} is blank. Enter a value in this cell.`,
    ),
  dateInvalid: (text: string): Msg =>
    msg(
      `Ngày ${q(text)} không hợp lệ. Nhập ngày theo dạng dd/mm/yyyy, ví dụ 30/06/2020.`,
      `The date ${q(text)} is not valid. Enter a date as dd/mm/yyyy, for example 30/06/2020.`,
    ),
  numberInvalid: (value: Quoted): Msg =>
    msg(
      `${qv(value, 'vi')} không phải là số. Nhập một số, ví dụ 1.103 hoặc 5,62.`,
      `${qv(value, 'en')} is not a number. Enter a number, for example 1,103 or 5.62.`,
    ),
  congressDaysInvalid: (value: Quoted): Msg =>
    msg(
      `Số ngày đại hội ${qv(value, 'vi')} không hợp lệ. Nhập số nguyên từ 1 đến 5 (theo quy định năm 2020: chi bộ không quá 1 ngày, đảng bộ cơ sở không quá 2 ngày, cấp trên cơ sở không quá 3 ngày), hoặc để trống nếu đại hội họp 1 ngày. Tạm tính là 1 ngày.`,
      `Congress days ${qv(value, 'en')} is not valid. Enter a whole number from 1 to 5 (under the 2020 rules a cell takes at most 1 day, a grassroots organisation 2, the level above grassroots 3), or leave it blank for a one-day congress. Counted as 1 day meanwhile.`,
    ),
  integerInvalid: (value: Quoted): Msg =>
    msg(
      `${qv(value, 'vi')} không phải là số nguyên. Nhập số nguyên (số âm là trước mốc tính), ví dụ -45 hoặc 7.`,
      `${qv(value, 'en')} is not a whole number. Enter a whole number (negative means before the anchor), for example -45 or 7.`,
    ),
  negativeInvalid: (value: Quoted): Msg =>
    msg(
      `${qv(value, 'vi')} không được là số âm. Nhập số từ 0 trở lên.`,
      `${qv(value, 'en')} must not be negative. Enter a number of 0 or more.`,
    ),
  wholeNonNegativeInvalid: (value: Quoted): Msg =>
    msg(
      `${qv(value, 'vi')} không hợp lệ. Nhập số nguyên từ 0 trở lên.`,
      `${qv(value, 'en')} is not valid. Enter a whole number of 0 or more.`,
    ),
  emailInvalid: (items: readonly string[]): Msg =>
    msg(
      `Địa chỉ email ${list(items)} không hợp lệ. Nhập email dạng ten@donvi.gov.vn, nhiều email cách nhau bằng dấu phẩy.`,
      `The email address ${list(items)} is not valid. Enter addresses like name@unit.gov.vn, separated by commas.`,
    ),
  valueUnknown: (text: string, column: Label, allowed: { vi: string[]; en: string[] }): Msg =>
    msg(
      `${q(text)} không phải là giá trị hợp lệ của ${q(column.vi)}. Chọn một trong: ${allowed.vi.join(', ')}.`,
      `${q(text)} is not a valid ${q(column.en)}. Use one of: ${allowed.en.join(', ')}.`,
    ),
  booleanUnknown: (text: string, column: Label): Msg =>
    msg(
      `${q(text)} không hợp lệ cho ${q(column.vi)}. Nhập TRUE/FALSE, x, có/không hoặc để trống.`,
      `${q(text)} is not valid for ${q(column.en)}. Enter TRUE/FALSE, x, yes/no, or leave it blank.`,
    ),
  milestoneIdUnknown: (id: string): Msg =>
    msg(
      `Mã mốc ${q(id)} không có trong trang Mốc công việc. Nhập một Mã mốc đã có.`,
      `Milestone ID ${q(id)} is not on the Milestones sheet. Enter an existing Milestone ID.`,
    ),
  settingCongressMilestoneUnknown: (id: string): Msg =>
    msg(
      `Mốc đại hội ${q(id)} không có trong trang Mốc công việc. Nhập Mã mốc của việc tổ chức đại hội, ví dụ M07.`,
      `Congress milestone ${q(id)} is not on the Milestones sheet. Enter the ID of the milestone that holds the congress, for example M07.`,
    ),
  parentUnknown: (id: string): Msg =>
    msg(
      `Đơn vị cấp trên ${q(id)} không có trong trang Đơn vị. Nhập đúng Mã đơn vị của cấp trên, hoặc để trống nếu là đơn vị cao nhất.`,
      `Parent unit ${q(id)} is not on the Units sheet. Enter the parent's Unit ID, or leave it blank for a top-level unit.`,
    ),
  parentCycle: (chain: readonly string[]): Msg =>
    msg(
      `Đơn vị cấp trên tạo thành vòng lặp (${chain.join(' → ')}): một đơn vị thành cấp trên của chính nó. Sửa cột Đơn vị cấp trên của một trong các đơn vị này.`,
      `Parent units form a loop (${chain.join(' → ')}): a unit is its own ancestor. Correct the Parent unit of one of these units.`,
    ),
  anchorUnknown: (text: string): Msg =>
    msg(
      `Mốc tính ${q(text)} không phải là Mã mốc nào trong trang này. Nhập Ngày đại hội, Ngày bế mạc đại hội, Ngày đại hội cấp trên, Ngày cố định hoặc một Mã mốc đã có.`,
      `Anchor ${q(text)} is not a Milestone ID on this sheet. Enter Congress date, Congress closing date, Parent congress date, Fixed date or an existing Milestone ID.`,
    ),
  anchorCycle: (chain: readonly string[]): Msg =>
    msg(
      `Các mốc tính dựa vào nhau thành vòng lặp (${chain.join(' → ')}) nên không tính được hạn. Đổi Mốc tính của một mốc trong vòng.`,
      `Milestones are anchored on each other in a loop (${chain.join(' → ')}), so no deadline can be computed. Change the Anchor of one of them.`,
    ),
  requiresUnknown: (id: string): Msg =>
    msg(
      `Điều kiện ${q(id)} không phải là Mã mốc nào trong trang này. Sửa hoặc xóa mã này khỏi cột Điều kiện.`,
      `Required milestone ${q(id)} is not a Milestone ID on this sheet. Correct it or remove it from Requires.`,
    ),
  fixedDateMissing: (): Msg =>
    msg(
      `Mốc tính là Ngày cố định nhưng chưa có Ngày cố định. Nhập ngày vào cột Ngày cố định (dd/mm/yyyy).`,
      `The anchor is Fixed date but there is no Fixed date. Enter the date in the Fixed date column (dd/mm/yyyy).`,
    ),
  congressDateMissing: (unitId: string): Msg =>
    msg(
      `Đơn vị ${q(unitId)} chưa có Ngày đại hội dự kiến nên các mốc tính theo ngày đại hội chưa có hạn. Nhập ngày đại hội dự kiến.`,
      `Unit ${q(unitId)} has no Planned congress date, so the milestones counted from it have no deadline. Enter the planned date.`,
    ),
  cutoffExceeded: (unitId: string, milestoneId: string, type: string, computed: string, cutoff: string): Msg =>
    msg(
      `Hạn tính được của ${q(milestoneId)} cho đơn vị ${q(unitId)} là ${computed}, muộn hơn hạn chót ${cutoff} của loại tổ chức ${q(type)} (trang Hạn chót), nên hạn được lấy theo hạn chót: ${cutoff}. Xem lại Ngày đại hội dự kiến của đơn vị, hoặc sửa trang Hạn chót nếu cấp trên cho phép tổ chức muộn hơn.`,
      `The computed deadline of ${q(milestoneId)} for unit ${q(unitId)} is ${computed}, later than the ${q(type)} cut-off ${cutoff} (Cut-offs sheet), so the deadline is the cut-off: ${cutoff}. Check the unit's Planned congress date, or change the Cut-offs sheet if the superior allows a later date.`,
    ),
  childAfterParent: (unitId: string, date: string, parentId: string, parentDate: string): Msg =>
    msg(
      `Đại hội của ${q(unitId)} (${date}) không sớm hơn đại hội của cấp trên ${q(parentId)} (${parentDate}). Đại hội cấp dưới tổ chức trước; chọn ngày sớm hơn.`,
      `The congress of ${q(unitId)} (${date}) is not before its parent ${q(parentId)}'s (${parentDate}). Lower levels hold theirs first; choose an earlier date.`,
    ),
  typeUnused: (type: string): Msg =>
    msg(
      `Không có mốc công việc nào áp dụng cho loại tổ chức ${q(type)}. Kiểm tra chính tả, hoặc thêm loại này vào cột Áp dụng cho trong trang Mốc công việc.`,
      `No milestone applies to unit type ${q(type)}. Check the spelling, or add this type to Applies to on the Milestones sheet.`,
    ),
  doneWithoutDate: (): Msg =>
    msg(
      `Trạng thái Hoàn thành nhưng chưa có Ngày hoàn thành. Nhập ngày hoàn thành (dd/mm/yyyy).`,
      `Status is Done but there is no completion date. Enter the date it was completed (dd/mm/yyyy).`,
    ),
  completedInFuture: (date: string, today: string): Msg =>
    msg(
      `Ngày hoàn thành ${date} muộn hơn hôm nay (${today}). Nhập ngày đã hoàn thành thực tế.`,
      `Completion date ${date} is after today (${today}). Enter the date it was actually completed.`,
    ),
  requirementNotMet: (milestoneId: string, missing: readonly { id: string; name: string }[]): Msg =>
    msg(
      `${q(milestoneId)} đã Hoàn thành trong khi mốc phải xong trước chưa hoàn thành: ${missing.map((m) => `${m.id} (${m.name})`).join(', ')}. Cập nhật mốc đó trước hoặc sửa lại trạng thái.`,
      `${q(milestoneId)} is Done while a milestone it requires is not: ${missing.map((m) => `${m.id} (${m.name})`).join(', ')}. Update that milestone first or correct this status.`,
    ),
  workingDayNotWeekend: (date: string, weekday: number): Msg =>
    msg(
      `Ngày ${date} là ${WEEKDAY_VI[weekday] ?? ''}, vốn là ngày làm việc, nhưng được ghi Làm bù. Làm bù chỉ dùng cho thứ Bảy hoặc Chủ nhật phải đi làm để bù cho ngày nghỉ theo thông báo hằng năm. Kiểm tra lại ngày theo thông báo, hoặc ghi Nghỉ (để trống cột Loại) nếu đây là ngày nghỉ.`,
      `${date} is a ${WEEKDAY_EN[weekday] ?? ''}, already a working day, but it is marked Working day. Working day is for a Saturday or Sunday worked in exchange for a bridge day off, as the yearly notice sets. Check the date against the notice, or mark it Day off (leave Kind blank) if it is a day off.`,
    ),
  editNotPermittedUnit: (email: string, unit: string, reverted = false): Msg =>
    reverted
      ? msg(
          `${email} không được giao cập nhật đơn vị ${q(unit)} (Chỉ người được giao cập nhật đang bật). Nếu ${email} cần cập nhật đơn vị, quản trị viên thêm email vào cột Email cập nhật của đơn vị.`,
          `${email} is not an editor of unit ${q(unit)} (Restrict updates is on). If ${email} needs to update the unit, an administrator can add the address to the unit's Editor emails.`,
        )
      : msg(
          `${email} không được giao cập nhật đơn vị ${q(unit)} (Chỉ người được giao cập nhật đang bật). Quản trị viên xem lại thay đổi này; nếu ${email} cần cập nhật đơn vị, thêm email vào cột Email cập nhật của đơn vị.`,
          `${email} is not an editor of unit ${q(unit)} (Restrict updates is on). An administrator should review this change; if ${email} needs to update the unit, add the address to the unit's Editor emails.`,
        ),
  editNotPermittedSheet: (email: string, sheet: string, reverted = false): Msg =>
    reverted
      ? msg(
          `${email} không phải quản trị viên nên không được sửa trang ${q(sheet)}.`,
          `${email} is not an administrator, so may not edit the ${q(sheet)} sheet.`,
        )
      : msg(
          `${email} không phải quản trị viên nên không được sửa trang ${q(sheet)}. Quản trị viên xem lại thay đổi này trong Nhật ký.`,
          `${email} is not an administrator, so may not edit the ${q(sheet)} sheet. An administrator should review this change in the Audit log.`,
        ),
  editNotPermittedColumn: (email: string, column: string, reverted = false): Msg =>
    reverted
      ? msg(
          `${email} không phải quản trị viên nên không được sửa cột ${q(column)} do tiện ích ghi.`,
          `${email} is not an administrator, so may not edit the ${q(column)} column the add-on writes.`,
        )
      : msg(
          `${email} không phải quản trị viên nên không được sửa cột ${q(column)} do tiện ích ghi. Quản trị viên xem lại thay đổi này.`,
          `${email} is not an administrator, so may not edit the ${q(column)} column the add-on writes. An administrator should review this change.`,
        ),
} as const;

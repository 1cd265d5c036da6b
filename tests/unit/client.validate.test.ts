// The checks both the sidebars and the server run on a submission, with the exact messages shown.
import {
  checkProgressSubmission,
  checkResultSubmission,
  parseIsoDate,
  parseUserNumber,
} from '../../src/shared/validate';
import { message, uiLangFromLocale } from '../../src/shared/messages';

describe('parseUserNumber (Vietnamese first, English accepted)', () => {
  test.each([
    ['1.103', 1103],
    ['5,62', 5.62],
    ['1.103.500', 1103500],
    ['1,103.5', 1103.5],
    ['1.103,5', 1103.5],
    ['1,103,500', 1103500],
    ['99,8%', 0.998],
    ['123', 123],
    [' 70.000 ', 70000],
    ['0,5', 0.5],
    ['5.62', 5.62],
    ['-2', -2],
    ['+3', 3],
    ['1 103', 1103],
  ])('%p → %p', (text, value) => expect(parseUserNumber(text)).toBeCloseTo(value, 10));

  test.each(['', 'abc', '1.10.3', '1,2,3', '12a', '--1', '.', ',', '1.103,5.2', '=1+1'])('%p is not a number', (text) =>
    expect(parseUserNumber(text)).toBeNull(),
  );
});

describe('parseIsoDate', () => {
  test('a real date', () => expect(parseIsoDate('2020-02-29')).toEqual({ y: 2020, m: 2, d: 29 }));
  test.each(['2019-02-29', '2020-13-01', '2020-04-31', '2020-00-10'])('%s does not exist', (t) =>
    expect(parseIsoDate(t)).toBe('impossible'),
  );
  test.each(['30/06/2020', '2020-6-30', '2020-06-30T00:00', ''])('%s is not yyyy-mm-dd', (t) =>
    expect(parseIsoDate(t)).toBe('format'),
  );
});

const today = '2020-06-15';
const good = {
  unitId: 'PA03',
  milestoneId: 'M07',
  status: 'done',
  completedOn: '2020-06-10',
  evidence: 'https://x/1',
  note: 'ok',
  version: 'v',
};

describe('checkProgressSubmission', () => {
  test('accepts and trims a good payload', () => {
    const r = checkProgressSubmission('vi', { ...good, unitId: ' PA03 ', note: ' ok ' }, today);
    expect(r).toEqual({ ok: true, value: { ...good, note: 'ok' } });
  });

  test.each<[string, unknown, string, string | undefined]>([
    ['vi', null, 'Yêu cầu không hợp lệ.', undefined],
    ['vi', [good], 'Yêu cầu không hợp lệ.', undefined],
    ['vi', 'M07', 'Yêu cầu không hợp lệ.', undefined],
    ['vi', { ...good, extra: 1, admin: true }, 'Trường không được chấp nhận: admin, extra.', undefined],
    ['en', { ...good, extra: 1 }, 'Fields not accepted: extra.', undefined],
    ['vi', { ...good, note: undefined }, 'Thiếu trường note.', 'note'],
    ['vi', { ...good, status: 3 }, 'Trường status phải là chuỗi ký tự.', 'status'],
    ['vi', { ...good, unitId: '  ' }, 'Trường unitId đang để trống.', 'unitId'],
    ['vi', { ...good, status: 'Hoàn thành' }, 'Trạng thái “Hoàn thành” không có trong danh sách.', 'status'],
    ['vi', { ...good, status: 'inProgress' }, 'Chỉ nhập ngày hoàn thành khi trạng thái là Hoàn thành.', 'completedOn'],
    ['vi', { ...good, completedOn: '' }, 'Hãy nhập ngày hoàn thành khi trạng thái là Hoàn thành.', 'completedOn'],
    [
      'vi',
      { ...good, completedOn: '10/06/2020' },
      'Ngày hoàn thành: “10/06/2020” không phải là ngày hợp lệ. Chọn lại ngày trong ô ngày.',
      'completedOn',
    ],
    ['vi', { ...good, completedOn: '2020-02-30' }, 'Ngày hoàn thành: ngày 2020-02-30 không tồn tại.', 'completedOn'],
    [
      'vi',
      { ...good, completedOn: '2020-06-16' },
      'Ngày hoàn thành 2020-06-16 ở sau hôm nay (2020-06-15).',
      'completedOn',
    ],
    [
      'en',
      { ...good, completedOn: '2020-06-16' },
      'The completion date 2020-06-16 is after today (2020-06-15).',
      'completedOn',
    ],
    ['vi', { ...good, note: 'x'.repeat(2001) }, 'Ghi chú dài 2001 ký tự, vượt quá giới hạn 2000 ký tự.', 'note'],
    [
      'vi',
      { ...good, evidence: 'x'.repeat(100_000) },
      'Minh chứng (đường dẫn) dài 100000 ký tự, vượt quá giới hạn 1000 ký tự.',
      'evidence',
    ],
    [
      'en',
      { ...good, evidence: 'x'.repeat(1001) },
      'Evidence (link) is 1001 characters long, more than the limit of 1000.',
      'evidence',
    ],
  ])('%s %#: refused with the exact message', (lang, payload, text, field) => {
    const r = checkProgressSubmission(lang as 'vi' | 'en', payload, today);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid');
    expect(r.error.message).toBe(text);
    expect(r.error.field).toBe(field);
  });

  test('limits are inclusive: 2,000 and 1,000 characters are accepted', () => {
    expect(
      checkProgressSubmission('vi', { ...good, note: 'n'.repeat(2000), evidence: 'e'.repeat(1000) }, today).ok,
    ).toBe(true);
  });

  test('formula-like and markup text passes validation (it is stored as text, shown escaped)', () => {
    const r = checkProgressSubmission(
      'vi',
      { ...good, note: '=IMPORTXML("http://x","//a")', evidence: '<script>alert(1)</script>' },
      today,
    );
    expect(r.ok).toBe(true);
  });
});

describe('checkResultSubmission', () => {
  const base = { unitId: 'PA03', targetId: 'T01', result: '1.103', note: '', version: 'v' };
  test.each<[unknown, number | null]>([
    ['1.103', 1103],
    ['5,62', 5.62],
    ['1,103.5', 1103.5],
    [42, 42],
    ['', null],
    ['  ', null],
  ])('result %p → %p', (result, value) => {
    const r = checkResultSubmission('vi', { ...base, result });
    expect(r.ok && r.value.value).toBe(value);
  });

  test.each<[unknown, string]>([
    ['abc', 'Kết quả “abc” không phải là số. Viết ví dụ 1.103 (một nghìn một trăm linh ba) hoặc 5,62.'],
    [
      '=IMPORTXML("http://x","//a")',
      'Kết quả “=IMPORTXML("http://x","//a")” không phải là số. Viết ví dụ 1.103 (một nghìn một trăm linh ba) hoặc 5,62.',
    ],
    ['-1', 'Kết quả phải lớn hơn hoặc bằng 0.'],
    [-0.5, 'Kết quả phải lớn hơn hoặc bằng 0.'],
    [true, 'Trường result phải là số hoặc chuỗi ký tự.'],
    [{ n: 1 }, 'Trường result phải là số hoặc chuỗi ký tự.'],
    ['9'.repeat(101), 'Kết quả dài 101 ký tự, vượt quá giới hạn 100 ký tự.'],
  ])('result %p is refused', (result, text) => {
    const r = checkResultSubmission('vi', { ...base, result });
    expect(r.ok ? null : r.error.message).toBe(text);
  });
});

test('uiLangFromLocale: English locales get English, everything else Vietnamese', () => {
  expect(['en', 'en_US', 'en-GB', 'EN'].map(uiLangFromLocale)).toEqual(['en', 'en', 'en', 'en']);
  expect(['vi', 'vi_VN', '', 'fr', 'eno', null].map(uiLangFromLocale)).toEqual(['vi', 'vi', 'vi', 'vi', 'vi', 'vi']);
});

test('message fills placeholders with the values as text', () => {
  expect(message('vi', 'stale', { by: 'a@b.c', at: '15/06/2020 09:05' })).toBe(
    'a@b.c đã cập nhật dòng này lúc 15/06/2020 09:05. Hãy tải lại để xem thay đổi trước khi lưu, để không ghi đè lên thay đổi đó.',
  );
});

// The preview's own words (the add-on's words come from the add-on).
const WORDS = {
  today: { vi: 'Hôm nay', en: 'Today' },
  actingUser: { vi: 'Người dùng', en: 'Acting user' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  save: { vi: 'Lưu .xlsx', en: 'Save .xlsx' },
  saved: { vi: 'Đã lưu bảng tính vào', en: 'Workbook saved to' },
  extensions: { vi: 'Tiện ích mở rộng', en: 'Extensions' },
  noMenu: { vi: '(tiện ích chưa tạo trình đơn)', en: '(the add-on has not created a menu)' },
  preview: { vi: 'Bản xem trước cục bộ', en: 'Local preview' },
  working: { vi: 'Đang chạy…', en: 'Working…' },
  close: { vi: 'Đóng', en: 'Close' },
  problem: { vi: 'Đã xảy ra lỗi', en: 'There was a problem' },
  moreRows: { vi: 'Đang hiển thị {shown} trên {total} hàng.', en: 'Showing {shown} of {total} rows.' },
  stranger: { vi: 'Người ngoài', en: 'Stranger' },
  mailbox: { vi: 'Hộp thư', en: 'Mailbox' },
  noMail: { vi: 'Chưa có email nào được gửi.', en: 'No emails sent yet.' },
  OK: { vi: 'OK', en: 'OK' },
  YES: { vi: 'Có', en: 'Yes' },
  NO: { vi: 'Không', en: 'No' },
  CANCEL: { vi: 'Hủy', en: 'Cancel' },
  headsUp: { vi: 'Lưu ý!', en: 'Heads up!' },
  protectedWarning: {
    vi: 'Vùng được bảo vệ: Google hỏi lại trước khi sửa',
    en: 'Protected: Sheets asks before an edit',
  },
  protectedAllowed: { vi: 'Vùng được bảo vệ: bạn được phép sửa', en: 'Protected: you may edit it' },
  protectedRefused: { vi: 'Vùng được bảo vệ: bạn không được sửa', en: 'Protected: you may not edit it' },
} as const;

export type Word = keyof typeof WORDS;

export function t(word: Word, locale: string, vars: Record<string, string | number> = {}): string {
  const lang = locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
  return WORDS[word][lang].replace(/\{(\w+)\}/g, (_m, name: string) => String(vars[name] ?? ''));
}

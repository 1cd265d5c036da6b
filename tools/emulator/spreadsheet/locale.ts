// Spreadsheet locale conventions: separators and date order used when text is typed into a cell and
// when numbers are displayed. Google derives these from the spreadsheet locale (File → Settings).

export interface LocaleConventions {
  decimal: string;
  group: string;
  /** order of day, month and year in a typed short date */
  dateOrder: 'DMY' | 'MDY';
  /** number format Google gives a cell when a date is typed in this order */
  dateFormat: string;
  dateTimeFormat: string;
  timeFormat: string;
  monthNames: string[];
  monthShort: string[];
  dayNames: string[];
  dayShort: string[];
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const VI_MONTHS = Array.from({ length: 12 }, (_, i) => 'tháng ' + (i + 1));
const VI_DAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

const EN_US: LocaleConventions = {
  decimal: '.',
  group: ',',
  dateOrder: 'MDY',
  dateFormat: 'M/d/yyyy',
  dateTimeFormat: 'M/d/yyyy H:mm:ss',
  timeFormat: 'h:mm:ss am/pm',
  monthNames: EN_MONTHS,
  monthShort: EN_MONTHS.map((m) => m.slice(0, 3)),
  dayNames: EN_DAYS,
  dayShort: EN_DAYS.map((d) => d.slice(0, 3)),
};

const VI_VN: LocaleConventions = {
  decimal: ',',
  group: '.',
  dateOrder: 'DMY',
  dateFormat: 'dd/mm/yyyy',
  dateTimeFormat: 'dd/mm/yyyy HH:mm:ss',
  timeFormat: 'HH:mm:ss',
  monthNames: VI_MONTHS,
  monthShort: Array.from({ length: 12 }, (_, i) => 'thg ' + (i + 1)),
  dayNames: VI_DAYS,
  dayShort: ['CN', 'Th 2', 'Th 3', 'Th 4', 'Th 5', 'Th 6', 'Th 7'],
};

const EN_GB: LocaleConventions = {
  ...EN_US,
  dateOrder: 'DMY',
  dateFormat: 'dd/MM/yyyy',
  dateTimeFormat: 'dd/MM/yyyy HH:mm:ss',
  timeFormat: 'HH:mm:ss',
};
const DE_LIKE: LocaleConventions = {
  ...VI_VN,
  monthNames: EN_MONTHS,
  monthShort: EN_US.monthShort,
  dayNames: EN_DAYS,
  dayShort: EN_US.dayShort,
  dateFormat: 'dd.MM.yyyy',
  dateTimeFormat: 'dd.MM.yyyy HH:mm:ss',
};

/** Conventions for a Sheets locale code such as 'vi_VN', 'en_US', 'en_GB'. Unknown locales fall back by language. */
export function localeConventions(locale: string): LocaleConventions {
  const l = locale.replace('-', '_');
  if (l.startsWith('vi')) return VI_VN;
  if (l === 'en_US' || l === 'en') return EN_US;
  if (l.startsWith('en_')) return l === 'en_CA' || l === 'en_PH' ? EN_US : EN_GB;
  if (/^(de|id|it|es|pt|nl|da|tr)/.test(l)) return DE_LIKE;
  return EN_US;
}

// Vietnamese public holidays for the civil service, 2019–2021 and 2024–2026 (the 2020–2025 and 2025–2030
// congress seasons). Sources: Bộ luật Lao động 2012 art. 115 (to 2020: 2/9 is one day) and Bộ luật Lao động 2019
// art. 112 (from 2021: 2/9 plus one adjacent day), and the yearly notices of the Ministry of Labour (to 2024)
// and the Ministry of Home Affairs (2025–2026) on Tết, compensatory and swapped days.
//
// Listed as Nghỉ (day off): every day of each official break (weekend days included, which is harmless), the
// statutory day even when it falls on a weekend, and the compensatory or swapped weekday off. Listed as Làm bù
// (working day): the Saturdays civil servants work in exchange for a swapped weekday off, per each year's notice:
// - 05/01/2019 for Monday 31/12/2018 and 04/05/2019 for Monday 29/04/2019 (the Ministry of Labour's notice
//   of the 2019 holidays, as DOMAIN.md records);
// - 04/05/2024 for Monday 29/04/2024 (the Ministry of Labour's notice of the 2024 holidays);
// - 26/04/2025 for Friday 02/05/2025 (the Ministry of Home Affairs' notice of April 2025);
// - 10/01/2026 for Friday 02/01/2026 (văn bản 12729/VPCP-KGVX of 25/12/2025);
// - 22/08/2026 for Monday 31/08/2026: a proposal of the Ministry of Home Affairs for the National Day break,
//   marked as such in its name — check the final notice and correct both rows if it differs.
//
// 2026: Tết and National Day per the Ministry of Home Affairs' Thông báo 9441 of 16/10/2025 (2/9/2026 is a
// Wednesday; the adjacent day off is Tuesday 1/9/2026).

export interface HolidayEntry {
  date: string;
  vi: string;
  en: string;
  /** Absent for a day off (Nghỉ); 'worked' for a Saturday worked in exchange (Làm bù). */
  kind?: 'worked';
}

const NEW_YEAR = { vi: 'Tết Dương lịch', en: "New Year's Day" };
const HUNG_KINGS = { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hung Kings Commemoration Day (10/3 lunar)' };
const HUNG_KINGS_OBSERVED = {
  vi: 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)',
  en: 'Hung Kings Commemoration Day, observed (falls on a Sunday)',
};
const REUNIFICATION = { vi: 'Ngày Giải phóng miền Nam, thống nhất đất nước', en: 'Reunification Day' };
const LABOUR_DAY = { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' };
const NATIONAL_DAY = { vi: 'Quốc khánh', en: 'National Day' };
const NATIONAL_DAY_ADJACENT = { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' };

function day(date: string, name: { vi: string; en: string }): HolidayEntry {
  return { date, vi: name.vi, en: name.en };
}

function swapped(date: string, madeUpOn: string, proposed = false): HolidayEntry {
  return {
    date,
    vi: `Nghỉ hoán đổi (làm bù thứ Bảy ${madeUpOn})${proposed ? PROPOSED.vi : ''}`,
    en: `Swapped day off (worked on Saturday ${madeUpOn} instead)${proposed ? PROPOSED.en : ''}`,
  };
}

const PROPOSED = {
  vi: ' — theo đề xuất của Bộ Nội vụ, cần đối chiếu thông báo chính thức',
  en: ' — as proposed by the Ministry of Home Affairs; check the final notice',
};

/** A Saturday worked in exchange for the weekday off on `forDay` (dd/mm/yyyy). */
function worked(date: string, forDay: string, proposed = false): HolidayEntry {
  return {
    date,
    vi: `Làm bù cho ngày nghỉ ${forDay}${proposed ? PROPOSED.vi : ''}`,
    en: `Worked in exchange for the day off on ${forDay}${proposed ? PROPOSED.en : ''}`,
    kind: 'worked',
  };
}

/** Every date from `from` to `to` inclusive (ISO), named as the Tết break of the given lunar year. */
function tetBreak(from: string, to: string, lunarYear: string): HolidayEntry[] {
  const out: HolidayEntry[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    out.push({
      date: new Date(t).toISOString().slice(0, 10),
      vi: `Tết Nguyên đán ${lunarYear}`,
      en: `Lunar New Year (Tết ${lunarYear})`,
    });
  }
  return out;
}

/** The civil-service Tết breaks (first and last day off), as announced each year. */
export const TET_BREAKS: readonly { from: string; to: string; lunarYear: string }[] = [
  { from: '2019-02-02', to: '2019-02-10', lunarYear: 'Kỷ Hợi' },
  { from: '2020-01-23', to: '2020-01-29', lunarYear: 'Canh Tý' },
  { from: '2021-02-10', to: '2021-02-16', lunarYear: 'Tân Sửu' },
  { from: '2024-02-08', to: '2024-02-14', lunarYear: 'Giáp Thìn' },
  { from: '2025-01-25', to: '2025-02-02', lunarYear: 'Ất Tỵ' },
  { from: '2026-02-14', to: '2026-02-22', lunarYear: 'Bính Ngọ' },
];

const tet = (year: number): HolidayEntry[] => {
  const b = TET_BREAKS.find((x) => x.from.startsWith(String(year)));
  return b ? tetBreak(b.from, b.to, b.lunarYear) : [];
};

/** Sorted by date, no duplicates. */
export const HOLIDAYS_VN: readonly HolidayEntry[] = [
  // 2019
  day('2019-01-01', NEW_YEAR),
  worked('2019-01-05', '31/12/2018'),
  ...tet(2019),
  day('2019-04-14', HUNG_KINGS),
  day('2019-04-15', HUNG_KINGS_OBSERVED),
  swapped('2019-04-29', '04/05/2019'),
  day('2019-04-30', REUNIFICATION),
  day('2019-05-01', LABOUR_DAY),
  worked('2019-05-04', '29/04/2019'),
  day('2019-09-02', NATIONAL_DAY),
  // 2020
  day('2020-01-01', NEW_YEAR),
  ...tet(2020),
  day('2020-04-02', HUNG_KINGS),
  day('2020-04-30', REUNIFICATION),
  day('2020-05-01', LABOUR_DAY),
  day('2020-09-02', NATIONAL_DAY),
  // 2021
  day('2021-01-01', NEW_YEAR),
  ...tet(2021),
  day('2021-04-21', HUNG_KINGS),
  day('2021-04-30', REUNIFICATION),
  day('2021-05-01', LABOUR_DAY),
  {
    date: '2021-05-03',
    vi: 'Nghỉ bù Ngày Quốc tế Lao động (trùng thứ Bảy)',
    en: 'International Labour Day, observed (falls on a Saturday)',
  },
  day('2021-09-02', NATIONAL_DAY),
  day('2021-09-03', NATIONAL_DAY_ADJACENT),
  // 2024
  day('2024-01-01', NEW_YEAR),
  ...tet(2024),
  day('2024-04-18', HUNG_KINGS),
  swapped('2024-04-29', '04/05/2024'),
  day('2024-04-30', REUNIFICATION),
  day('2024-05-01', LABOUR_DAY),
  worked('2024-05-04', '29/04/2024'),
  day('2024-09-02', NATIONAL_DAY),
  day('2024-09-03', NATIONAL_DAY_ADJACENT),
  // 2025
  day('2025-01-01', NEW_YEAR),
  ...tet(2025),
  day('2025-04-07', HUNG_KINGS),
  worked('2025-04-26', '02/05/2025'),
  day('2025-04-30', REUNIFICATION),
  day('2025-05-01', LABOUR_DAY),
  swapped('2025-05-02', '26/04/2025'),
  day('2025-09-01', NATIONAL_DAY_ADJACENT),
  day('2025-09-02', NATIONAL_DAY),
  // 2026
  day('2026-01-01', NEW_YEAR),
  swapped('2026-01-02', '10/01/2026'),
  worked('2026-01-10', '02/01/2026'),
  ...tet(2026),
  day('2026-04-26', HUNG_KINGS),
  day('2026-04-27', HUNG_KINGS_OBSERVED),
  day('2026-04-30', REUNIFICATION),
  day('2026-05-01', LABOUR_DAY),
  worked('2026-08-22', '31/08/2026', true),
  swapped('2026-08-31', '22/08/2026', true),
  day('2026-09-01', NATIONAL_DAY_ADJACENT),
  day('2026-09-02', NATIONAL_DAY),
];

// The fictional sample organisation: the Party organisation of the Public Security department of Đắk Hòa
// province (a made-up province) in the 2020 congress season, shaped like the articles in DOMAIN.md.
// Units and cells of the same shape are the sample's rows (data, not repeated logic).
import { MORE_DEPARTMENTS } from './departments';
import { MORE_DISTRICTS } from './districts';
import { UNIT_TYPE } from './template';
import { ROOT, SAMPLE_DOMAIN, cells, clerk, unit, type SampleUnit } from './unit-rows';

export const SAMPLE_ADMIN = `vanphong.danguy@${SAMPLE_DOMAIN}`;
export const SAMPLE_ORGANISATION = 'Đảng bộ Công an tỉnh Đắk Hòa';
export const SAMPLE_TERM = '2020-2025';

type Bilingual = { vi: string; en: string };

export type { SampleUnit } from './unit-rows';

/**
 * The provincial organisation (its congress 15–16/07/2020), its 27 grassroots organisations (TCCS) and the
 * 15 district police organisations with their cells, as in the article of seeds/000. The units the tests and
 * examples name come first; the rest follow (departments.ts, districts.ts). Cells and chi bộ cơ sở stay under
 * 30 members (a chi bộ cơ sở of 30 or more is normally a đảng bộ cơ sở).
 */
const UNITS: readonly SampleUnit[] = [
  unit(ROOT, SAMPLE_ORGANISATION, UNIT_TYPE.upper, null, 0, '2020-07-15', {
    congressDays: 2,
    editors: [`tochuc.danguy@${SAMPLE_DOMAIN}`],
    note: { vi: 'Đại hội lần thứ XIII, dự kiến 15–16/7/2020', en: '13th congress, planned for 15–16/07/2020' },
  }),

  // Grassroots organisations of the provincial departments.
  unit('PA03', 'Đảng bộ Phòng An ninh đối nội', UNIT_TYPE.grassrootsCommittee, ROOT, 58, '2020-03-13', {
    pilot: true,
    editors: [clerk('PA03')],
    note: { vi: 'Đại hội điểm của Đảng bộ Công an tỉnh', en: 'Pilot congress of the provincial Party organisation' },
  }),
  ...cells('PA03', [
    ['Chi bộ Đội Tổng hợp', 16, '2020-02-18'],
    ['Chi bộ Đội An ninh nội bộ', 21, '2020-02-19'],
    ['Chi bộ Đội An ninh văn hóa, tư tưởng', 21, '2020-02-20'],
  ]),
  unit('PV01', 'Chi bộ Phòng Tham mưu', UNIT_TYPE.grassrootsCell, ROOT, 27, '2020-04-08', { editors: [clerk('PV01')] }),
  unit('PX01', 'Chi bộ Phòng Tổ chức cán bộ', UNIT_TYPE.grassrootsCell, ROOT, 22, '2020-04-15', {
    editors: [clerk('PX01')],
  }),
  unit('PC02', 'Đảng bộ Phòng Cảnh sát hình sự', UNIT_TYPE.grassrootsCommittee, ROOT, 64, '2020-04-22', {
    editors: [clerk('PC02'), `bithu.pc02@${SAMPLE_DOMAIN}`],
  }),
  ...cells('PC02', [
    ['Chi bộ Đội Trọng án', 22, '2020-03-04'],
    ['Chi bộ Đội Hình sự đặc nhiệm', 24, '2020-03-05'],
    ['Chi bộ Đội Tổng hợp', 18, '2020-03-06'],
  ]),
  unit('PC03', 'Chi bộ Phòng Cảnh sát kinh tế', UNIT_TYPE.grassrootsCell, ROOT, 28, '2020-05-06', {
    editors: [clerk('PC03')],
  }),
  unit('PC04', 'Chi bộ Phòng Cảnh sát điều tra tội phạm về ma túy', UNIT_TYPE.grassrootsCell, ROOT, 24, '2020-05-13', {
    editors: [clerk('PC04')],
  }),
  unit('PC08', 'Chi bộ Phòng Cảnh sát giao thông', UNIT_TYPE.grassrootsCell, ROOT, 29, '2020-05-27', {
    editors: [clerk('PC08')],
  }),
  unit('PH10', 'Chi bộ Phòng Hậu cần', UNIT_TYPE.grassrootsCell, ROOT, 26, '2020-06-03', { editors: [clerk('PH10')] }),
  unit(
    'PC07',
    'Chi bộ Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
    UNIT_TYPE.grassrootsCell,
    ROOT,
    28,
    '2020-06-05',
    { editors: [clerk('PC07')] },
  ),
  unit(
    'PV05',
    'Chi bộ Phòng Xây dựng phong trào bảo vệ An ninh Tổ quốc',
    UNIT_TYPE.grassrootsCell,
    ROOT,
    19,
    '2020-06-17',
    {
      editors: [clerk('PV05')],
    },
  ),
  unit('PC10', 'Chi bộ Trại tạm giam', UNIT_TYPE.grassrootsCell, ROOT, 26, null, {
    editors: [clerk('PC10')],
    note: {
      vi: 'Chưa chốt ngày đại hội, chờ Ban Thường vụ cho ý kiến',
      en: 'Congress date not fixed yet, waiting for the Standing Committee',
    },
  }),

  // District police Party organisations, each with its cells.
  unit('CAX-HD', 'Đảng bộ Công an thị xã Hòa Đông', UNIT_TYPE.grassrootsCommittee, ROOT, 170, '2020-03-27', {
    pilot: true,
    editors: [clerk('CAX-HD')],
    note: {
      vi: '10 chi bộ trực thuộc, 170 đảng viên; đại hội điểm cấp huyện',
      en: '10 cells, 170 members; pilot at district level',
    },
  }),
  ...cells('CAX-HD', [
    ['Chi bộ Đội Tổng hợp', 22, '2020-02-10'],
    ['Chi bộ Đội An ninh', 16, '2020-02-11'],
    ['Chi bộ Đội Cảnh sát hình sự', 21, '2020-02-12'],
    ['Chi bộ Đội Cảnh sát kinh tế - ma túy', 17, '2020-02-13'],
    ['Chi bộ Đội Cảnh sát giao thông - trật tự', 24, '2020-02-14'],
    ['Chi bộ Đội Cảnh sát quản lý hành chính về trật tự xã hội', 15, '2020-02-17'],
    ['Chi bộ Đội Xây dựng phong trào bảo vệ An ninh Tổ quốc', 14, '2020-02-18'],
    ['Chi bộ Đội Cảnh sát thi hành án hình sự và hỗ trợ tư pháp', 13, '2020-02-19'],
    ['Chi bộ Đội Cảnh sát điều tra', 18, '2020-02-20'],
    ['Chi bộ Đồn Công an Khu công nghiệp Hòa Đông', 10, '2020-02-21'],
  ]),
  unit('CAH-KS', 'Đảng bộ Công an huyện Krông Sa', UNIT_TYPE.grassrootsCommittee, ROOT, 96, '2020-05-20', {
    congressDays: 2,
    editors: [clerk('CAH-KS')],
  }),
  ...cells('CAH-KS', [
    ['Chi bộ Đội An ninh', 28, '2020-03-10'],
    ['Chi bộ Đội Cảnh sát hình sự', 24, '2020-03-11'],
    ['Chi bộ Đội Tổng hợp', 20, '2020-03-12'],
    // Deliberately after its parent's congress (2020-05-20) and past the cells' cut-off: the demo's warning.
    ['Chi bộ Công an xã Ea Sa', 24, '2020-05-22'],
  ]),
  unit('CATP-DH', 'Đảng bộ Công an thành phố Đắk Hòa', UNIT_TYPE.grassrootsCommittee, ROOT, 102, '2020-06-10', {
    congressDays: 2,
    editors: [clerk('CATP-DH')],
  }),
  ...cells('CATP-DH', [
    ['Chi bộ Đội An ninh', 24, '2020-03-17'],
    ['Chi bộ Đội Cảnh sát hình sự', 26, '2020-03-18'],
    ['Chi bộ Đội Cảnh sát giao thông - trật tự', 28, '2020-03-19'],
    ['Chi bộ Công an phường Tân Hòa', 24, '2020-03-20'],
  ]),
  ...MORE_DEPARTMENTS,
  ...MORE_DISTRICTS,
].map((u) =>
  u.id === 'CAH-KS-04'
    ? {
        ...u,
        editors: [`truongcax.easa@${SAMPLE_DOMAIN}`],
        note: {
          vi: 'Lịch đại hội lùi do chờ kiện toàn chi ủy',
          en: 'Congress postponed while the cell committee is completed',
        },
      }
    : u,
);

/** Every unit; the provincial organisation's members are those of its organisations. */
export const SAMPLE_UNITS: readonly SampleUnit[] = UNITS.map((u) =>
  u.id === ROOT
    ? { ...u, members: UNITS.filter((c) => c.parentId === ROOT).reduce((sum, c) => sum + c.members, 0) }
    : u,
);

export interface SampleTarget {
  id: string;
  name: Bilingual;
  measure: Bilingual;
  direction: 'atLeast' | 'atMost';
  appliesTo: 'all' | readonly string[];
  value: number;
  dueDate: string | null;
  rollup: 'sum' | 'average' | 'none';
  note?: Bilingual;
}

/** Emulation targets of the movement "Vì an ninh Tổ quốc" welcoming the congresses (figures after DOMAIN.md). */
export const SAMPLE_TARGETS: readonly SampleTarget[] = [
  {
    id: 'CT01',
    name: {
      vi: 'Xây dựng mô hình phòng, chống tội phạm và phong trào Toàn dân bảo vệ an ninh Tổ quốc',
      en: 'Crime-prevention and "All people protect national security" models built',
    },
    measure: { vi: 'mô hình', en: 'models' },
    direction: 'atLeast',
    appliesTo: [UNIT_TYPE.grassrootsCommittee, UNIT_TYPE.grassrootsCell],
    value: 3,
    dueDate: '2020-06-30',
    rollup: 'sum',
  },
  {
    id: 'CT02',
    name: {
      vi: 'Tổ chức quần chúng tham gia bảo đảm an ninh, trật tự được củng cố',
      en: 'Mass organisations taking part in security work, strengthened',
    },
    measure: { vi: 'tổ chức', en: 'organisations' },
    direction: 'atLeast',
    appliesTo: [UNIT_TYPE.grassrootsCommittee],
    value: 150,
    dueDate: '2020-06-30',
    rollup: 'sum',
    note: {
      vi: 'Các phòng nghiệp vụ có chỉ tiêu riêng',
      en: 'Departments have their own targets',
    },
  },
  {
    id: 'CT03',
    name: {
      vi: 'Trang Zalo tuyên truyền an ninh, trật tự do chi bộ quản lý',
      en: 'Zalo pages for security outreach run by the cell',
    },
    measure: { vi: 'trang', en: 'pages' },
    direction: 'atLeast',
    appliesTo: [UNIT_TYPE.cell],
    value: 1,
    dueDate: '2020-06-30',
    rollup: 'sum',
  },
  {
    id: 'CT04',
    name: {
      vi: 'Cuộc kiểm tra, giám sát tổ chức đảng và đảng viên',
      en: 'Inspection and supervision sessions on Party organisations and members',
    },
    measure: { vi: 'cuộc', en: 'sessions' },
    direction: 'atLeast',
    appliesTo: 'all',
    value: 2,
    dueDate: '2020-12-31',
    rollup: 'sum',
  },
  {
    id: 'CT05',
    name: {
      vi: 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên',
      en: 'Share of members rated "good" or better',
    },
    measure: { vi: '%', en: '%' },
    direction: 'atLeast',
    appliesTo: 'all',
    value: 0.9,
    dueDate: '2020-12-31',
    rollup: 'average',
  },
  {
    id: 'CT06',
    name: {
      vi: 'Số đảng viên vi phạm kỷ luật',
      en: 'Members disciplined',
    },
    measure: { vi: 'đảng viên', en: 'members' },
    direction: 'atMost',
    appliesTo: 'all',
    value: 0,
    dueDate: '2020-12-31',
    rollup: 'sum',
  },
  {
    id: 'CT07',
    name: {
      vi: 'Mô hình được Bộ Công an công nhận là mô hình hay, cách làm sáng tạo',
      en: 'Models recognised by the Ministry as good practice',
    },
    measure: { vi: 'mô hình', en: 'models' },
    direction: 'atLeast',
    appliesTo: [UNIT_TYPE.upper],
    value: 3,
    dueDate: '2020-12-31',
    rollup: 'none',
  },
];

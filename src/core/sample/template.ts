// The default milestone template and level cut-offs of DOMAIN.md (2020–2025 term), in both languages.
// Milestones of the same shape are the template's rows (data, not repeated logic).
import { ALL_TYPES, ANCHOR, DAY_KIND } from '../fixed-lists';
import type { Lang } from '../schema';

export const UNIT_TYPE = {
  upper: 'Đảng bộ cấp trên cơ sở',
  grassrootsCommittee: 'Đảng bộ cơ sở',
  grassrootsCell: 'Chi bộ cơ sở',
  cell: 'Chi bộ trực thuộc',
} as const;

type Bilingual = { vi: string; en: string };

export interface TemplateMilestone {
  id: string;
  name: Bilingual;
  /** 'all', or the unit types it applies to. */
  appliesTo: 'all' | readonly string[];
  /** 'congress' (the planned opening date), 'congressClose' (its closing day) or another milestone ID. */
  anchor: 'congress' | 'congressClose' | string;
  offset: number;
  dayKind: 'calendar' | 'working';
  requires: readonly string[];
  pilotOnly: boolean;
  note: Bilingual;
}

const NO_NOTE: Bilingual = { vi: '', en: '' };

/** M01–M12 of DOMAIN.md; the order of this list is the Thứ tự / Order column. */
export const TEMPLATE_MILESTONES: readonly TemplateMilestone[] = [
  {
    id: 'M01',
    name: {
      vi: 'Ban hành kế hoạch, thành lập các tiểu ban (văn kiện; nhân sự; tuyên truyền, phục vụ và bảo vệ)',
      en: 'Plan issued, subcommittees set up (drafting; personnel; publicity, service and security)',
    },
    appliesTo: [UNIT_TYPE.upper, UNIT_TYPE.grassrootsCommittee],
    anchor: 'congress',
    offset: -90,
    dayKind: 'calendar',
    requires: [],
    pilotOnly: false,
    note: {
      vi: 'Chỉ đảng bộ (đại hội đại biểu hoặc đại hội đảng viên của đảng bộ) mới thành lập các tiểu ban; chi bộ không lập tiểu ban. Số ngày -90 là ước tính, điều chỉnh theo kế hoạch của cấp ủy.',
      en: 'Only a đảng bộ (a delegates’ or members’ congress of a Party committee) sets up subcommittees; a chi bộ does not. The -90 days is an estimate; adjust it to the committee’s plan.',
    },
  },
  {
    id: 'M02',
    name: {
      vi: 'Xây dựng dự thảo văn kiện (báo cáo chính trị, báo cáo kiểm điểm)',
      en: 'Draft documents written (political report, self-review report)',
    },
    appliesTo: 'all',
    anchor: 'congress',
    offset: -45,
    dayKind: 'calendar',
    requires: [],
    pilotOnly: false,
    note: NO_NOTE,
  },
  {
    id: 'M03',
    name: {
      vi: 'Đề án nhân sự cấp ủy được cấp trên phê duyệt',
      en: 'Committee personnel plan approved by the superior',
    },
    appliesTo: 'all',
    anchor: 'congress',
    offset: -45,
    dayKind: 'calendar',
    requires: [],
    pilotOnly: false,
    note: NO_NOTE,
  },
  {
    id: 'M04',
    name: {
      vi: 'Hoàn thành quy trình 5 bước giới thiệu nhân sự',
      en: 'Five-step nomination process completed',
    },
    appliesTo: 'all',
    anchor: 'congress',
    offset: -25,
    dayKind: 'calendar',
    requires: ['M03'],
    pilotOnly: false,
    note: {
      vi: 'Chỉ bắt đầu sau khi đề án nhân sự được phê duyệt (M03).',
      en: 'Starts only once the personnel plan is approved (M03).',
    },
  },
  {
    id: 'M05',
    name: {
      vi: 'Gửi dự thảo văn kiện lấy ý kiến chi bộ, đảng bộ trực thuộc',
      en: 'Draft documents sent to subordinate cells and committees for comment',
    },
    appliesTo: [UNIT_TYPE.upper, UNIT_TYPE.grassrootsCommittee],
    anchor: 'congress',
    offset: -30,
    dayKind: 'calendar',
    requires: [],
    pilotOnly: false,
    note: {
      vi: 'Chỉ đơn vị có tổ chức đảng trực thuộc; trước đại hội 30 ngày (Thông tri 01-TT/ĐUCA).',
      en: 'Only units with subordinate Party organisations; 30 days before the congress (Thông tri 01-TT/ĐUCA).',
    },
  },
  {
    id: 'M06',
    name: {
      vi: 'Báo cáo cấp ủy cấp trên trực tiếp về văn kiện và phương án nhân sự',
      en: 'Documents and personnel option reported to the direct superior',
    },
    appliesTo: 'all',
    anchor: 'congress',
    offset: -20,
    dayKind: 'calendar',
    requires: [],
    pilotOnly: false,
    note: {
      vi: 'Trước khai mạc đại hội 20 ngày; khi được cấp trên đồng ý mới tiến hành đại hội.',
      en: '20 days before the congress opens; the congress is held only once the superior agrees.',
    },
  },
  {
    id: 'M07',
    name: { vi: 'Tổ chức đại hội', en: 'Congress held' },
    appliesTo: 'all',
    anchor: 'congressClose',
    offset: 0,
    dayKind: 'calendar',
    requires: ['M06'],
    pilotOnly: false,
    note: {
      vi: 'Hạn là ngày bế mạc (ngày đại hội dự kiến + Số ngày đại hội − 1). Khi hoàn thành, ghi ngày bế mạc đại hội làm Ngày hoàn thành: thời hạn M08, M09 tính từ ngày này.',
      en: 'Due on the closing day (planned congress date + Congress days − 1). When done, enter the closing day of the congress as the completion date: M08 and M09 count from it.',
    },
  },
  {
    id: 'M08',
    name: {
      vi: 'Báo cáo kết quả đại hội lên cấp trên',
      en: 'Congress results and minutes sent to the superior',
    },
    appliesTo: 'all',
    anchor: 'M07',
    offset: 7,
    dayKind: 'working',
    requires: ['M07'],
    pilotOnly: false,
    note: {
      vi: 'Trong 7 ngày làm việc kể từ ngày bế mạc đại hội: Quy định 29-QĐ/TW năm 2016, điểm 16.1 (nhiệm kỳ 2020–2025); Quy định 24-QĐ/TW năm 2021, điểm 16.1.1. Từ 01/7/2025 Quy định 294-QĐ/TW thay thế Quy định 24-QĐ/TW: kiểm tra thời hạn trước khi dùng cho nhiệm kỳ sau.',
      en: 'Within 7 working days of the closing day of the congress: Quy định 29-QĐ/TW of 2016, point 16.1 (2020–2025 term); Quy định 24-QĐ/TW of 2021, point 16.1.1. From 01/07/2025 Quy định 294-QĐ/TW replaces 24-QĐ/TW: check the period before using it for later terms.',
    },
  },
  {
    id: 'M09',
    name: {
      vi: 'Cấp ủy cấp trên chuẩn y ban chấp hành và các chức danh lãnh đạo',
      en: 'Superior ratifies the committee and its officers',
    },
    appliesTo: 'all',
    anchor: 'M08',
    offset: 15,
    dayKind: 'working',
    requires: ['M08'],
    pilotOnly: false,
    note: {
      vi: 'Trong 15 ngày làm việc kể từ ngày nhận được báo cáo kết quả đại hội, nếu không có khiếu nại, tố cáo: Quy định 29-QĐ/TW năm 2016, điểm 16.1; Quy định 24-QĐ/TW năm 2021, điểm 16.1.1. Từ 01/7/2025 áp dụng Quy định 294-QĐ/TW.',
      en: 'Within 15 working days of receiving the congress results, when there is no complaint or denunciation: Quy định 29-QĐ/TW of 2016, point 16.1; Quy định 24-QĐ/TW of 2021, point 16.1.1. From 01/07/2025 Quy định 294-QĐ/TW applies.',
    },
  },
  {
    id: 'M10',
    name: { vi: 'Rút kinh nghiệm đại hội điểm', en: 'Pilot congress lessons review' },
    appliesTo: 'all',
    anchor: 'M07',
    offset: 7,
    dayKind: 'calendar',
    requires: ['M07'],
    pilotOnly: true,
    note: NO_NOTE,
  },
  {
    id: 'M11',
    name: {
      vi: 'Ban hành quy chế làm việc, phân công cấp ủy viên',
      en: 'Working rules issued, committee members assigned',
    },
    appliesTo: 'all',
    anchor: 'M09',
    offset: 30,
    dayKind: 'calendar',
    requires: ['M09'],
    pilotOnly: false,
    note: NO_NOTE,
  },
  {
    id: 'M12',
    name: {
      vi: 'Ban hành chương trình hành động thực hiện nghị quyết đại hội',
      en: 'Action programme for the congress resolution issued',
    },
    appliesTo: 'all',
    anchor: 'M07',
    offset: 60,
    dayKind: 'calendar',
    requires: ['M07'],
    pilotOnly: false,
    note: NO_NOTE,
  },
];

export type TemplateTerm = '2020-2025' | '2025-2030';

/**
 * Congress (M07) cut-offs per level. 2020–2025: Chỉ thị 35-CT/TW (cells inferred from local plans).
 * 2025–2030: Chỉ thị 45-CT/TW (grassroots confirmed; cells and the level above grassroots inferred).
 */
export const TERM_CUTOFFS: Readonly<
  Record<TemplateTerm, readonly { type: string; milestoneId: string; cutoff: string }[]>
> = {
  '2020-2025': [
    { type: UNIT_TYPE.cell, milestoneId: 'M07', cutoff: '2020-03-31' },
    { type: UNIT_TYPE.grassrootsCell, milestoneId: 'M07', cutoff: '2020-06-30' },
    { type: UNIT_TYPE.grassrootsCommittee, milestoneId: 'M07', cutoff: '2020-06-30' },
    { type: UNIT_TYPE.upper, milestoneId: 'M07', cutoff: '2020-08-31' },
  ],
  '2025-2030': [
    { type: UNIT_TYPE.cell, milestoneId: 'M07', cutoff: '2025-05-31' },
    { type: UNIT_TYPE.grassrootsCell, milestoneId: 'M07', cutoff: '2025-06-30' },
    { type: UNIT_TYPE.grassrootsCommittee, milestoneId: 'M07', cutoff: '2025-06-30' },
    { type: UNIT_TYPE.upper, milestoneId: 'M07', cutoff: '2025-08-31' },
  ],
};

export function appliesToCell(appliesTo: 'all' | readonly string[], lang: Lang): string {
  return appliesTo === 'all' ? ALL_TYPES[lang] : appliesTo.join(', ');
}

export function anchorCell(anchor: string, lang: Lang): string {
  if (anchor === 'congress') return ANCHOR.congress[lang];
  if (anchor === 'congressClose') return ANCHOR.congressClose[lang];
  return anchor;
}

export function dayKindCell(kind: 'calendar' | 'working', lang: Lang): string {
  return DAY_KIND[kind][lang];
}

// A short human summary of a headless JSON report (docs/workbook.md §10 summary figures), in Vietnamese or English.
import { formatProgress } from '../../src/core/format';
import type { HeadlessReport } from './run';

interface ByType {
  type: string;
  units: number;
  congressHeld: number;
  done?: number;
  doneLate?: number;
  overdue?: number;
  dueSoon?: number;
}

interface Overdue {
  unitId: string;
  milestoneId: string;
  deadline: string;
  daysLate: number;
}

const TEXT = {
  vi: {
    asOf: 'Tình hình đến ngày',
    congress: 'Đại hội đã tổ chức theo loại tổ chức:',
    overdue: 'Số việc quá hạn',
    worst: 'Quá hạn nhiều nhất:',
    late: (n: number) => `trễ ${n} ngày`,
    deadline: 'hạn',
    issues: (e: number, w: number) => `Kiểm tra dữ liệu: ${e} lỗi, ${w} cảnh báo`,
    noSummary: 'Bản tóm tắt chưa có (gói mã chưa xuất reportSummary).',
    calls: (n: number) =>
      `Số lệnh gọi dịch vụ Apps Script của lần chạy (quyết định thời gian chạy và mức dùng hạn mức của Google): ${n}`,
  },
  en: {
    asOf: 'Status as of',
    congress: 'Congresses held by unit type:',
    overdue: 'Overdue items',
    worst: 'Most overdue:',
    late: (n: number) => `${n} day${n === 1 ? '' : 's'} late`,
    deadline: 'deadline',
    issues: (e: number, w: number) => `Data issues: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
    noSummary: 'No summary figures (the bundle exports no reportSummary).',
    calls: (n: number) =>
      `Apps Script service calls made by the run (what its time and Google's quotas depend on): ${n}`,
  },
};

/** yyyy-mm-dd (the JSON's form) as dd/mm/yyyy, the workbook's convention; anything else as it is. */
function ddmmyyyy(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

export function summaryLines(
  report: Pick<HeadlessReport, 'today' | 'summary' | 'issues' | 'calls'>,
  lang: 'vi' | 'en' = 'en',
): string[] {
  const t = TEXT[lang];
  const summary = report.summary as { asOf?: string; byType?: ByType[]; overdue?: Overdue[] };
  const lines = [`${t.asOf} ${ddmmyyyy(summary.asOf ?? report.today)}`];
  if (!Array.isArray(summary.byType)) {
    lines.push(t.noSummary);
  } else {
    lines.push(t.congress);
    for (const row of summary.byType) lines.push(`  ${row.type}: ${formatProgress(row.congressHeld, row.units, lang)}`);
    const overdue = Array.isArray(summary.overdue) ? [...summary.overdue] : [];
    overdue.sort(
      (a, b) =>
        b.daysLate - a.daysLate || a.unitId.localeCompare(b.unitId) || a.milestoneId.localeCompare(b.milestoneId),
    );
    lines.push(`${t.overdue}: ${overdue.length}`);
    if (overdue.length) {
      lines.push(t.worst);
      for (const item of overdue.slice(0, 5))
        lines.push(
          `  ${item.unitId} · ${item.milestoneId} · ${t.deadline} ${ddmmyyyy(item.deadline)} · ${t.late(item.daysLate)}`,
        );
    }
  }
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  lines.push(t.issues(errors, report.issues.length - errors));
  lines.push(t.calls(report.calls.total));
  return lines;
}

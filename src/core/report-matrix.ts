// The Progress matrix sheet (Ma trận tiến độ): units × milestones, each cell a short standing code on its
// standing's colour, with the legend above. Kept off the Summary so the Summary prints on one page width.
import { REPORT as R, STANDING_CODE } from './report-texts';
import { HEADER_COLOR, REPORT_TEXT_FORMAT, type ReportCell, type ReportGrid } from './report-layout';
import { STANDING, type Standing } from './fixed-lists';
import type { Lang } from './schema';
import type { Summary } from './summary-model';

const CODE_WIDTH = 44;

export function buildMatrix(s: Summary, lang: Lang): ReportGrid {
  const text = (v: string, extra: Partial<ReportCell> = {}): ReportCell => ({
    value: v,
    format: REPORT_TEXT_FORMAT,
    ...extra,
  });
  const rows: ReportCell[][] = [[text(R.matrixTitle[lang], { bold: true })], []];
  // The legend runs down column B, so the code columns can stay narrow.
  (Object.keys(STANDING) as Standing[]).forEach((st, i) =>
    rows.push([
      text(i === 0 ? R.legend[lang] : '', { bold: true }),
      text(`${STANDING_CODE[st][lang]}: ${STANDING[st][lang]}`, { background: STANDING[st].color }),
    ]),
  );
  rows.push([text(''), text(`${STANDING_CODE.untracked[lang]}: ${R.untracked[lang]}`)]);
  rows.push([]);
  const header = [R.unitId[lang], R.unit[lang], ...s.matrix.milestones.map((m) => m.id)];
  rows.push(header.map((h) => text(h, { bold: true, background: HEADER_COLOR })));
  for (const r of s.matrix.rows)
    rows.push([
      text(r.unitId),
      text(r.unitName),
      ...r.cells.map((st) =>
        st === null
          ? text('')
          : text(STANDING_CODE[st][lang], st === 'untracked' ? {} : { background: STANDING[st].color }),
      ),
    ]);
  const width = Math.max(2, ...rows.map((r) => r.length));
  const columnWidths = [90, 230, ...Array.from({ length: width - 2 }, () => CODE_WIDTH)];
  return { rows, width, columnWidths, charts: [] };
}

// The people the toolbar offers as "acting user": the workbook's administrators, the editors of a few
// units (so that the permission rules can be tried), and a stranger who may update nothing.
import { locateTable } from '../../src/core/tables';
import { SETTING } from '../../src/core/settings-rows';
import { SETTINGS, UNITS, normalizeKey } from '../../src/core/schema';
import type { Grid } from '../../src/core/model';
import type { UserChoice } from './backend';

export const STRANGER = 'nguoi.ngoai@example.com';

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

function emails(cell: unknown): string[] {
  return String(cell ?? '')
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter((s) => EMAIL.test(s));
}

/** `grids` need only the Units and Settings sheets' values. */
export function actingUsers(grids: readonly Grid[], lang: 'vi' | 'en', maxEditors = 8): UserChoice[] {
  const out: UserChoice[] = [];
  const seen = new Set<string>();
  const add = (email: string, role: string): void => {
    const key = email.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ email, role });
  };
  const find = (def: { vi: string; en: string }) =>
    grids.find((g) => normalizeKey(g.name) === normalizeKey(def.vi) || normalizeKey(g.name) === normalizeKey(def.en));

  const settings = find(SETTINGS);
  if (settings) {
    const admins = SETTING.administrators;
    for (const row of settings.values) {
      const key = normalizeKey(String(row[0] ?? ''));
      if (key === normalizeKey(admins.vi) || key === normalizeKey(admins.en)) {
        for (const email of emails(row[1])) add(email, lang === 'vi' ? 'Quản trị viên' : 'Administrator');
      }
    }
  }

  const units = find(UNITS);
  const table = units ? locateTable(units, UNITS) : null;
  if (units && table) {
    const col = (key: string): number => table.columns[key] ?? -1;
    let editors = 0;
    for (const row of units.values.slice(table.headerRow + 1)) {
      if (editors >= maxEditors) break;
      const id = String(row[col('unitId')] ?? '').trim();
      const name = String(row[col('name')] ?? '').trim();
      for (const email of emails(row[col('editors')])) {
        if (seen.has(email.toLowerCase())) continue;
        add(email, `${lang === 'vi' ? 'Cập nhật' : 'Editor of'} ${id}${name ? ` · ${name}` : ''}`);
        editors++;
      }
    }
  }
  add(STRANGER, lang === 'vi' ? 'Người ngoài (không được giao đơn vị nào)' : 'Stranger (no unit assigned)');
  return out;
}

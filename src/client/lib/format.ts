// How dates and numbers are shown in the sidebars (pure; unit-tested without a browser).
import type { IsoDate, UiLang } from '../../shared/api';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2020-06-30' → '30/06/2020' (vi) or '30 Jun 2020' (en); '' for none. */
export function formatDate(iso: IsoDate | null | undefined, lang: UiLang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return '';
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return lang === 'vi' ? `${d}/${m}/${y}` : `${Number(d)} ${MONTHS_EN[Number(m) - 1] ?? m} ${y}`;
}

/** 1103 → '1.103' (vi) or '1,103' (en); 5.62 → '5,62' / '5.62'; '' for none. */
export function formatNumber(value: number | null | undefined, lang: UiLang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 4 }).format(value);
}

/** 'yyyy-mm-dd hh:mm' → 'dd/mm/yyyy hh:mm' (vi) or 'd Mon yyyy hh:mm' (en). */
export function formatDateTime(text: string, lang: UiLang): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?/.exec(text);
  if (!match) return text;
  return [formatDate(match[1], lang), match[2]].filter(Boolean).join(' ');
}

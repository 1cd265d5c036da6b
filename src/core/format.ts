// Numbers and progress figures written the way each language writes them (DOMAIN.md: 1.103; 5,62; 96,9%).
import type { Lang } from './schema';

/**
 * A number with up to `maxDecimals` decimals (trailing zeros dropped): vi '1.103,5', en '1,103.5'.
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return '';
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [intPart = '0', fracPart = ''] = rounded.toFixed(maxDecimals).split('.');
  const group = lang === 'vi' ? '.' : ',';
  const decimal = lang === 'vi' ? ',' : '.';
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const frac = fracPart.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${frac ? decimal + frac : ''}`;
}

/**
 * A ratio as a percentage with up to `maxDecimals` decimals: 0.96875 → vi '96,9%', en '96.9%'; 1 → '100%'.
 * A count that is not complete never reads 100 % (1999/2000 → '99,9%'), nor a count that has begun 0 %.
 */
export function formatPercent(ratio: number, lang: Lang, maxDecimals = 1): string {
  const factor = 10 ** maxDecimals;
  let percent = ratio * 100;
  if (ratio < 1 && Math.round(percent * factor) >= 100 * factor) percent = Math.floor(percent * factor) / factor;
  else if (ratio > 0 && Math.round(percent * factor) === 0) percent = 1 / factor;
  return `${formatNumber(percent, lang, maxDecimals)}%`;
}

/** "x/y (z%)": 27/27 → '27/27 (100%)', 62/64 → '62/64 (96,9%)'; with y = 0 just '0/0'. */
export function formatProgress(done: number, total: number, lang: Lang): string {
  const base = `${formatNumber(done, lang, 0)}/${formatNumber(total, lang, 0)}`;
  return total > 0 ? `${base} (${formatPercent(done / total, lang)})` : base;
}

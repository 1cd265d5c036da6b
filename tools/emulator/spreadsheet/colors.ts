// Colour strings as Sheets returns them: lower-case '#rrggbb'.

const NAMED: Record<string, string> = {
  white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', lime: '#00ff00', blue: '#0000ff',
  yellow: '#ffff00', orange: '#ffa500', gray: '#808080', grey: '#808080', silver: '#c0c0c0', purple: '#800080',
  cyan: '#00ffff', magenta: '#ff00ff', navy: '#000080', teal: '#008080', maroon: '#800000', olive: '#808000',
  pink: '#ffc0cb', brown: '#a52a2a', lightgray: '#d3d3d3', lightgrey: '#d3d3d3', darkgray: '#a9a9a9',
};

/** Normalises '#ABC', '#AABBCC', 'red', 'rgb(1,2,3)' to '#rrggbb'; null/'' mean "none". */
export function normalizeColor(c: unknown): string | null {
  if (c === null || c === undefined) return null;
  const s = String(c).trim().toLowerCase();
  if (s === '' || s === 'none' || s === 'transparent') return null;
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  if (/^#[0-9a-f]{8}$/.test(s)) return '#' + s.slice(3);
  if (/^#[0-9a-f]{3}$/.test(s)) return '#' + [...s.slice(1)].map((ch) => ch + ch).join('');
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(s);
  if (rgb) return '#' + [rgb[1], rgb[2], rgb[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('');
  return NAMED[s] ?? s;
}

// The working-day function against LibreOffice's WORKDAY, an engine independent of the add-on and of the
// emulator's: random bases and offsets over 2019–2026 with the sample's days off (no làm bù days, which WORKDAY
// cannot express; those are hand-worked in civil-calendar.test.ts). LibreOffice computes a flat ODS file
// converted to CSV in a throw-away profile. Skipped with a notice when `soffice` is not installed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWorkdays, dayFromIso } from '../../src/core/dates';
import { HOLIDAYS_VN } from '../../src/core/sample';

function soffice(): string | null {
  for (const path of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice']) {
    try {
      execFileSync(path, ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return path;
    } catch {
      // not there
    }
  }
  return null;
}

const SOFFICE = soffice();
if (!SOFFICE) console.warn('workday-libreoffice: soffice not found, the comparison with LibreOffice is skipped');
const maybe = SOFFICE ? test : test.skip;

const cell = (v: number): string => `<table:table-cell office:value-type="float" office:value="${v}"/>`;
const empty = '<table:table-cell/>';

/** Column A the days off, B the base, C the offset, D WORKDAY(B, C, A) − B (a number, not a formatted date). */
function fods(offDays: readonly number[], cases: readonly { base: number; offset: number }[]): string {
  const rows = Array.from({ length: Math.max(offDays.length, cases.length) }, (_, i) => {
    const c = cases[i];
    const day = offDays[i];
    const cells = [day === undefined ? empty : cell(day)];
    if (c) {
      cells.push(cell(c.base), cell(c.offset));
      cells.push(
        `<table:table-cell table:formula="of:=WORKDAY([.B${i + 1}];[.C${i + 1}];[.$A$1:.$A$${offDays.length}])-[.B${i + 1}]"/>`,
      );
    }
    return `<table:table-row>${cells.join('')}</table:table-row>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"',
    ' office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
    '<office:body><office:spreadsheet><table:table table:name="W">',
    ...rows,
    '</table:table></office:spreadsheet></office:body></office:document>',
  ].join('\n');
}

describe('addWorkdays agrees with LibreOffice’s WORKDAY', () => {
  maybe(
    '1,000 random bases and offsets over 2019–2026 with the sample days off',
    () => {
      let seed = 20_250_421;
      const rnd = (): number => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        return seed / 2_147_483_648;
      };
      const first = dayFromIso('2019-01-01') ?? 0;
      const span = (dayFromIso('2026-12-31') ?? 0) - first;
      const off = HOLIDAYS_VN.filter((h) => h.kind !== 'worked').map((h) => dayFromIso(h.date) ?? 0);
      const offSet = new Set(off);
      const cases = Array.from({ length: 1000 }, () => ({
        base: first + Math.floor(rnd() * span),
        offset: Math.floor(rnd() * 81) - 40,
      }));
      const dir = mkdtempSync(join(tmpdir(), 'workday-lo-'));
      try {
        writeFileSync(join(dir, 'w.fods'), fods(off, cases));
        execFileSync(
          SOFFICE as string,
          [
            `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--headless',
            '--convert-to',
            'csv',
            '--outdir',
            dir,
            join(dir, 'w.fods'),
          ],
          { stdio: 'ignore', timeout: 170_000 },
        );
        const lines = readFileSync(join(dir, 'w.csv'), 'utf8').trim().split(/\r?\n/);
        const libre = cases.map((c, i) => c.base + Number(lines[i]?.split(',')[3]));
        expect(libre.every(Number.isFinite)).toBe(true);
        expect(cases.map((c) => addWorkdays(c.base, c.offset, offSet))).toEqual(libre);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

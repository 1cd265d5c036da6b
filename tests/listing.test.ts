// The store listing kit (docs/listing/): the pictures `npm run listing` makes have the sizes Google's
// Marketplace asks for, the short descriptions fit in 200 characters, every OAuth scope of the manifest is
// justified, and the README points at the kit and the first-run checklist.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join('docs', 'listing');

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The paragraph under a `## heading` of a Markdown file. */
function section(file: string, heading: string): string {
  const text = readFileSync(join(DIR, file), 'utf8');
  const start = text.indexOf(`## ${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start + heading.length + 4);
  const end = rest.indexOf('\n## ');
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

describe('pictures', () => {
  test.each([
    ['icon-128.png', 128, 128],
    ['icon-32.png', 32, 32],
    ['banner-220x140.png', 220, 140],
  ])('%s is %i×%i', (name, width, height) => {
    expect(pngSize(join(DIR, name))).toEqual({ width, height });
  });

  test('at least one screenshot, each 1280×800', () => {
    const shots = readdirSync(DIR).filter((f) => /^screenshot-.*\.png$/.test(f));
    expect(shots.length).toBeGreaterThanOrEqual(1);
    for (const shot of shots) expect([shot, pngSize(join(DIR, shot))]).toEqual([shot, { width: 1280, height: 800 }]);
  });

  test('the icons and the banner come from the one SVG source', () => {
    const svg = readFileSync(join(DIR, 'icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 128 128"/);
    expect(readFileSync(join('tools', 'listing', 'main.ts'), 'utf8')).toContain("join(LISTING_DIR, 'icon.svg')");
  });
});

describe('texts', () => {
  test.each(['Mô tả ngắn (vi)', 'Short description (en)'])('%s: one paragraph of at most 200 characters', (heading) => {
    const text = section('descriptions.md', heading);
    expect(text.length).toBeGreaterThan(50);
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text).not.toContain('\n');
  });

  test.each(['Mô tả đầy đủ (vi)', 'Long description (en)'])('%s is there', (heading) => {
    expect(section('descriptions.md', heading).length).toBeGreaterThan(400);
  });

  test('every scope of appsscript.json is justified, and no other', () => {
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
    const justified = [...readFileSync(join(DIR, 'oauth-scopes.md'), 'utf8').matchAll(/^\| `(https:[^`]+)` \|/gm)].map(
      (m) => m[1],
    );
    expect(justified.sort()).toEqual([...manifest.oauthScopes].sort());
  });

  test('privacy and terms in both languages; the privacy policy says what is read, stored and sent', () => {
    for (const file of ['privacy.md', 'terms.md']) {
      const text = readFileSync(join(DIR, file), 'utf8');
      expect(text).toContain('## Tiếng Việt');
      expect(text).toContain('## English');
    }
    const privacy = readFileSync(join(DIR, 'privacy.md'), 'utf8');
    for (const words of ['What the add-on reads', 'What it stores', 'What it sends', 'It never', 'document properties'])
      expect(privacy).toContain(words);
  });

  test('README links the listing kit and the first-run checklist', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('(docs/listing/)');
    expect(readme).toContain('(docs/first-run.md)');
    const firstRun = readFileSync(join('docs', 'first-run.md'), 'utf8');
    expect(firstRun).toContain('## Tiếng Việt');
    expect(firstRun).toContain('## English');
  });
});

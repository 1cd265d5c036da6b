// Document properties live with the document on Google's side; in an .xlsx they travel as one custom
// document property holding their JSON, so a workbook saved by the emulator and opened again keeps them.
import JSZip from 'jszip';

export const DOCUMENT_PROPERTIES_NAME = 'appsScriptDocumentProperties';

const CUSTOM = 'docProps/custom.xml';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Adds (or replaces) the document properties in an .xlsx file's custom properties. */
export async function addDocumentProperties(xlsx: Buffer, properties: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  let xml = (await zip.file(CUSTOM)?.async('string')) ?? '';
  if (!xml) {
    xml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>';
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    if (types && !types.includes('/docProps/custom.xml')) {
      zip.file(
        '[Content_Types].xml',
        types.replace(
          '</Types>',
          '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
        ),
      );
    }
    const rels = (await zip.file('_rels/.rels')?.async('string')) ?? '';
    if (rels && !rels.includes('docProps/custom.xml')) {
      zip.file(
        '_rels/.rels',
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdAppsScriptProps" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
        ),
      );
    }
  }
  xml = xml.replace(new RegExp(`<property[^>]*name="${DOCUMENT_PROPERTIES_NAME}"[^>]*>[\\s\\S]*?</property>`), '');
  const pids = [...xml.matchAll(/pid="(\d+)"/g)].map((m) => Number(m[1]));
  const pid = Math.max(1, ...pids) + 1;
  const entry = `<property fmtid="${FMTID}" pid="${pid}" name="${DOCUMENT_PROPERTIES_NAME}"><vt:lpwstr>${escapeXml(JSON.stringify(properties))}</vt:lpwstr></property>`;
  zip.file(CUSTOM, xml.replace('</Properties>', `${entry}</Properties>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The document properties an .xlsx file carries ({} when none or unreadable). */
export async function readDocumentProperties(xlsx: Buffer): Promise<Record<string, string>> {
  try {
    const zip = await JSZip.loadAsync(xlsx);
    const xml = (await zip.file(CUSTOM)?.async('string')) ?? '';
    const m = new RegExp(
      `<property[^>]*name="${DOCUMENT_PROPERTIES_NAME}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`,
    ).exec(xml);
    if (!m) return {};
    const parsed = JSON.parse(unescapeXml(m[1] ?? '')) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  } catch {
    return {};
  }
}

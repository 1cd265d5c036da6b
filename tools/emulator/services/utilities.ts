// Utilities: formatDate (Java patterns, any time zone), formatString (Java String.format subset), sleep
// (advances the emulator clock instead of waiting), getUuid, blobs, digests, base64.
import { createHash, randomUUID } from 'node:crypto';
import { types } from 'node:util';
import { formatJavaDate } from './date-format';
import { AppsScriptError } from './runtime';

export const DigestAlgorithm = Object.freeze({
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const);
export const Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const);

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Java bytes are signed: Apps Script returns digests and blob bytes as numbers in -128..127. */
function signedBytes(buffer: Buffer): number[] {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

function toBuffer(value: unknown): Buffer {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (Array.isArray(value)) return Buffer.from(value.map((b) => Number(b) & 0xff));
  if (value instanceof Blob) return value.bytes();
  throw new AppsScriptError('Invalid argument: value');
}

export class Blob {
  constructor(
    private data: Buffer,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {}

  bytes(): Buffer {
    return this.data;
  }

  getBytes(): number[] {
    return signedBytes(this.data);
  }

  setBytes(data: number[]): Blob {
    this.data = toBuffer(data);
    return this;
  }

  getDataAsString(): string {
    return this.data.toString('utf8');
  }

  setDataFromString(text: string): Blob {
    this.data = Buffer.from(String(text), 'utf8');
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(type: string): Blob {
    this.contentType = String(type);
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): Blob {
    this.name = String(name);
    return this;
  }

  copyBlob(): Blob {
    return new Blob(Buffer.from(this.data), this.contentType, this.name);
  }

  isGoogleType(): boolean {
    return false;
  }
}

/** Java's String.format for the conversions scripts use: %s %d %f %e %x %o %c %b %% with flags/width/precision. */
export function formatJavaString(template: string, args: unknown[]): string {
  let next = 0;
  return String(template).replace(
    /%(\d+\$)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g,
    (
      whole,
      index: string | undefined,
      flags: string,
      width: string | undefined,
      precision: string | undefined,
      conv: string,
    ) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const arg = index ? args[Number(index.slice(0, -1)) - 1] : args[next++];
      let body: string;
      switch (conv.toLowerCase()) {
        case 's':
          body = arg === null || arg === undefined ? 'null' : String(arg);
          if (precision !== undefined) body = body.slice(0, Number(precision));
          break;
        case 'd': {
          const n = Number(arg);
          if (!Number.isFinite(n) || !Number.isInteger(n))
            throw new AppsScriptError(`f != java.lang.${Number.isFinite(n) ? 'Double' : 'String'}`);
          body = Math.abs(n).toString();
          if (flags.includes(',')) body = body.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
          body = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
          break;
        }
        case 'f':
        case 'e': {
          const n = Number(arg);
          const digits = precision === undefined ? 6 : Number(precision);
          body =
            conv.toLowerCase() === 'f'
              ? Math.abs(n).toFixed(digits)
              : Math.abs(n)
                  .toExponential(digits)
                  .replace(/e([+-])(\d)$/, 'e$10$2');
          if (flags.includes(',')) {
            const [int, frac] = body.split('.');
            body = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
          }
          body = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + body;
          break;
        }
        case 'x':
          body = Math.trunc(Number(arg)).toString(16);
          break;
        case 'o':
          body = Math.trunc(Number(arg)).toString(8);
          break;
        case 'c':
          body = typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0);
          break;
        case 'b':
          body = String(arg !== null && arg !== undefined && arg !== false);
          break;
        default:
          throw new AppsScriptError(`Unknown format conversion: ${whole}`);
      }
      if (conv !== conv.toLowerCase()) body = body.toUpperCase();
      const w = width ? Number(width) : 0;
      if (body.length < w) {
        if (flags.includes('-')) body = body.padEnd(w, ' ');
        else if (flags.includes('0') && /[dfexo]/i.test(conv)) {
          const sign = /^[-+ ]/.test(body) ? body.charAt(0) : '';
          body = sign + body.slice(sign.length).padStart(w - sign.length, '0');
        } else body = body.padStart(w, ' ');
      }
      return body;
    },
  );
}

export class Utilities {
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly Charset = Charset;

  constructor(private readonly sleepMs: (ms: number) => void) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!types.isDate(date) || Number.isNaN(date.getTime())) throw new AppsScriptError('Invalid argument: date');
    if (typeof format !== 'string') throw new AppsScriptError('Invalid argument: format');
    try {
      return formatJavaDate(date, String(timeZone), format);
    } catch (error) {
      throw new AppsScriptError(`Invalid argument: format (${(error as Error).message})`);
    }
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatJavaString(template, args);
  }

  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (!Number.isFinite(ms) || ms < 0) throw new AppsScriptError('Invalid argument: milliseconds');
    if (ms > 300000) throw new AppsScriptError('Sleep time exceeds maximum of 300000 milliseconds.');
    this.sleepMs(ms);
  }

  getUuid(): string {
    return randomUUID();
  }

  newBlob(data: unknown, contentType?: string, name?: string): Blob {
    // A blob of text is text/plain unless told otherwise; one of bytes has no content type.
    return new Blob(toBuffer(data), contentType ?? (typeof data === 'string' ? 'text/plain' : null), name ?? null);
  }

  computeDigest(algorithm: string, value: unknown, _charset?: string): number[] {
    const nodeName = NODE_DIGEST[String(algorithm)];
    if (!nodeName) throw new AppsScriptError(`Digest algorithm ${String(algorithm)} is not emulated.`);
    return signedBytes(createHash(nodeName).update(toBuffer(value)).digest());
  }

  base64Encode(data: unknown): string {
    return toBuffer(data).toString('base64');
  }

  base64EncodeWebSafe(data: unknown): string {
    return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    return signedBytes(Buffer.from(String(encoded), 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return signedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
}

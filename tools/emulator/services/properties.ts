// PropertiesService with Google's storage limits: 9 KB per value, 500 KB per store (quotas page), and
// the messages Apps Script gives when they are exceeded. Values are stored as strings.
import { AppsScriptError } from './runtime';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_QUOTA_EXCEEDED =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** One key-value store (document, script, or one user's). */
export class PropertyStore {
  readonly data = new Map<string, string>();

  size(): number {
    let n = 0;
    for (const [k, v] of this.data) n += bytes(k) + bytes(v);
    return n;
  }

  toObject(): Record<string, string> {
    return Object.fromEntries(this.data);
  }

  /** Applies a batch of writes atomically: all fit, or none is made. */
  write(entries: [string, string][], deleteAllOthers: boolean): void {
    for (const [, value] of entries) {
      if (bytes(value) > VALUE_LIMIT_BYTES) throw new AppsScriptError(VALUE_TOO_LARGE);
    }
    const next = new Map(deleteAllOthers ? [] : this.data);
    for (const [key, value] of entries) next.set(key, value);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > STORE_LIMIT_BYTES) throw new AppsScriptError(STORE_QUOTA_EXCEEDED);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
  }
}

function key(k: unknown): string {
  if (k === null || k === undefined) throw new AppsScriptError('Invalid argument: key');
  return String(k);
}

/** What the add-on holds: Properties. */
export class Properties {
  constructor(private readonly store: PropertyStore) {}

  getProperty(k: string): string | null {
    return this.store.data.get(key(k)) ?? null;
  }

  getProperties(): Record<string, string> {
    return this.store.toObject();
  }

  getKeys(): string[] {
    return [...this.store.data.keys()];
  }

  setProperty(k: string, value: unknown): Properties {
    this.store.write([[key(k), String(value)]], false);
    return this;
  }

  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    if (properties === null || typeof properties !== 'object')
      throw new AppsScriptError('Invalid argument: properties');
    this.store.write(
      Object.entries(properties).map(([k, v]) => [k, String(v)]),
      Boolean(deleteAllOthers),
    );
    return this;
  }

  deleteProperty(k: string): Properties {
    this.store.data.delete(key(k));
    return this;
  }

  deleteAllProperties(): Properties {
    this.store.data.clear();
    return this;
  }
}

export class PropertyStores {
  readonly document = new PropertyStore();
  readonly script = new PropertyStore();
  private readonly users = new Map<string, PropertyStore>();

  user(email: string): PropertyStore {
    let store = this.users.get(email);
    if (!store) {
      store = new PropertyStore();
      this.users.set(email, store);
    }
    return store;
  }
}

export class PropertiesService {
  constructor(
    private readonly stores: PropertyStores,
    private readonly userKey: () => string,
  ) {}

  getDocumentProperties(): Properties {
    return new Properties(this.stores.document);
  }

  getScriptProperties(): Properties {
    return new Properties(this.stores.script);
  }

  /** Per user of the script: keyed by the effective user (the person the code runs as). */
  getUserProperties(): Properties {
    return new Properties(this.stores.user(this.userKey()));
  }
}

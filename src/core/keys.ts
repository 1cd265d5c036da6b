// normalizeKey with a memo: IDs repeat on every Progress row, and locale case-folding is slow.
import { normalizeKey } from './schema';

const cache = new Map<string, string>();

/** normalizeKey(text), memoised: how IDs, types and list items are compared. */
export function idKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    key = normalizeKey(text);
    if (cache.size >= 100_000) cache.clear();
    cache.set(text, key);
  }
  return key;
}

/** Values by a pair of IDs (unit, milestone/target/type), compared as idKey; the first value set for a pair wins. */
export class PairIndex<T> {
  private readonly map = new Map<string, Map<string, T>>();

  /** Sets the value unless the pair already has one; returns whether it was set. */
  setFirst(a: string, b: string, value: T): boolean {
    const ka = idKey(a);
    let inner = this.map.get(ka);
    if (!inner) this.map.set(ka, (inner = new Map()));
    const kb = idKey(b);
    if (inner.has(kb)) return false;
    inner.set(kb, value);
    return true;
  }

  get(a: string, b: string): T | undefined {
    return this.map.get(idKey(a))?.get(idKey(b));
  }

  /** All values of one first ID, by the second ID's key. */
  row(a: string): ReadonlyMap<string, T> | undefined {
    return this.map.get(idKey(a));
  }
}

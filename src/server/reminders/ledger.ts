// The reminder ledger (docs/workbook.md §11): at most one email per recipient group and unit per day. A key is recorded
// in the document properties before its email is sent and taken back when the send fails, so a re-run after a
// failure, a second trigger or "remind this unit now" never sends the same day's email twice, and an email
// that failed is sent by the next run. The caller holds the document lock.
//
// The keys are spread over LEDGER_SHARDS properties by a hash of the key, each holding its day and keys, so a
// day of a few thousand emails stays under Google's 9 KB per property value; a shard of an older day is
// forgotten when it is next written. Reading costs one getProperties(); each record or take-back one write.
export const LEDGER_PROPERTY = 'reminders.sent';
export const LEDGER_SHARDS = 16;

interface Shard {
  day: string;
  keys: string[];
}

function shardOf(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return h % LEDGER_SHARDS;
}

export class Ledger {
  private readonly props = PropertiesService.getDocumentProperties();
  private readonly shards: Shard[] = [];

  /** The ledger of `day` ('yyyy-mm-dd'): keys of an older day are not seen. */
  constructor(readonly day: string) {
    const all = this.props.getProperties();
    for (let i = 0; i < LEDGER_SHARDS; i++) this.shards.push(parse(all[`${LEDGER_PROPERTY}.${i}`], day));
  }

  get keys(): ReadonlySet<string> {
    return new Set(this.shards.flatMap((s) => s.keys));
  }

  has(key: string): boolean {
    return this.shards[shardOf(key)]?.keys.includes(key) ?? false;
  }

  add(key: string): void {
    const i = shardOf(key);
    this.write(i, [...(this.shards[i]?.keys ?? []), key]);
  }

  remove(key: string): void {
    const i = shardOf(key);
    this.write(
      i,
      (this.shards[i]?.keys ?? []).filter((k) => k !== key),
    );
  }

  private write(i: number, keys: string[]): void {
    const next = { day: this.day, keys };
    this.props.setProperty(`${LEDGER_PROPERTY}.${i}`, JSON.stringify(next));
    this.shards[i] = next;
  }
}

function parse(raw: string | undefined, day: string): Shard {
  if (!raw) return { day, keys: [] };
  try {
    const parsed = JSON.parse(raw) as Partial<Shard>;
    return parsed.day === day && Array.isArray(parsed.keys)
      ? { day, keys: parsed.keys.map(String) }
      : { day, keys: [] };
  } catch {
    return { day, keys: [] };
  }
}

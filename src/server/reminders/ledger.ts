// The reminder ledger (SPEC §11): at most one email per recipient group and unit per day. A key is recorded
// in the document properties before its email is sent and taken back when the send fails, so a re-run after a
// failure, a second trigger or "remind this unit now" never sends the same day's email twice, and an email
// that failed is sent by the next run. The caller holds the document lock.
export const LEDGER_PROPERTY = 'reminders.sent';

interface State {
  day: string;
  keys: string[];
}

export class Ledger {
  private readonly props = PropertiesService.getDocumentProperties();
  private state: State;

  /** The ledger of `day` ('yyyy-mm-dd'): an older day's is forgotten. */
  constructor(readonly day: string) {
    this.state = { day, keys: [] };
    const raw = this.props.getProperty(LEDGER_PROPERTY);
    if (!raw) return;
    try {
      const parsed = JSON.parse(raw) as Partial<State>;
      if (parsed.day === day && Array.isArray(parsed.keys)) this.state = { day, keys: parsed.keys.map(String) };
    } catch {
      // An unreadable ledger is an empty one.
    }
  }

  get keys(): ReadonlySet<string> {
    return new Set(this.state.keys);
  }

  has(key: string): boolean {
    return this.state.keys.includes(key);
  }

  add(key: string): void {
    this.write({ day: this.day, keys: [...this.state.keys, key] });
  }

  remove(key: string): void {
    this.write({ day: this.day, keys: this.state.keys.filter((k) => k !== key) });
  }

  private write(next: State): void {
    this.props.setProperty(LEDGER_PROPERTY, JSON.stringify(next));
    this.state = next;
  }
}

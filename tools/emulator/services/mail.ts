// MailApp (https://developers.google.com/apps-script/reference/mail/mail-app): sendEmail in its four forms and
// getRemainingDailyQuota. Nothing leaves the machine: every email lands in the Mailbox, which the headless
// command (`mail` in its JSON) and the preview's mailbox panel read.
//
// Google's rules reproduced (each pinned by tests/emulator/mail.test.ts):
// - the daily quota counts recipients, not emails — every address in to, cc and bcc counts once per email —
//   100 a day for consumer accounts and 1,500 for Google Workspace, per user, reset 24 hours after the first
//   send (https://developers.google.com/apps-script/guides/services/quotas); a send beyond it throws
//   "Service invoked too many times for one day: email." and sends nothing;
// - at most 50 recipients per message (same page);
// - both methods need the https://www.googleapis.com/auth/script.send_mail scope: a manifest whose
//   oauthScopes lack it makes them fail as Google does.
import { AppsScriptError, type Execution } from './runtime';

export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
export const CONSUMER_DAILY_RECIPIENTS = 100;
export const WORKSPACE_DAILY_RECIPIENTS = 1500;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
export const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SentMail {
  /** The effective user: the trigger's owner in a trigger, else the user running the script. */
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string;
  name: string;
  subject: string;
  body: string;
  htmlBody: string;
  at: Date;
}

interface Usage {
  since: number;
  used: number;
}

/** Every email sent by the emulated scripts, and each user's quota use. */
export class Mailbox {
  readonly sent: SentMail[] = [];
  private readonly usage = new Map<string, Usage>();

  constructor(
    /** Recipients a user may send to per 24 hours. */
    public dailyQuota: number,
  ) {}

  private window(user: string, now: number): Usage {
    let u = this.usage.get(user);
    if (!u || now - u.since >= DAY_MS) {
      u = { since: now, used: 0 };
      this.usage.set(user, u);
    }
    return u;
  }

  remaining(user: string, now: number): number {
    const u = this.usage.get(user);
    if (!u || now - u.since >= DAY_MS) return this.dailyQuota;
    return Math.max(0, this.dailyQuota - u.used);
  }

  /** Records the send (quota first: an email beyond it is not sent). */
  deliver(mail: SentMail): void {
    const count = recipientsOf(mail);
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw new AppsScriptError(TOO_MANY_RECIPIENTS);
    const now = mail.at.getTime();
    if (count > this.remaining(mail.from, now)) throw new AppsScriptError(QUOTA_EXCEEDED);
    const u = this.window(mail.from, now);
    u.used += count;
    this.sent.push(mail);
  }

  clear(): void {
    this.sent.length = 0;
  }
}

/** Recipients as Google counts them: each address of to, cc and bcc, once per email. */
export function recipientsOf(mail: Pick<SentMail, 'to' | 'cc' | 'bcc'>): number {
  return mail.to.length + mail.cc.length + mail.bcc.length;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/;

function addresses(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  const out: string[] = [];
  for (const part of String(value).split(',')) {
    const text = part.trim();
    if (text === '') continue;
    const inAngles = /<([^>]+)>\s*$/.exec(text);
    const address = (inAngles?.[1] ?? text).trim();
    if (!EMAIL.test(address)) throw new AppsScriptError(`Invalid email: ${text}`);
    out.push(address);
  }
  return out;
}

interface MailOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  name?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  noReply?: boolean;
}

export class MailApp {
  constructor(
    private readonly mailbox: Mailbox,
    private readonly execution: () => Execution,
    private readonly now: () => Date,
    /** The manifest's oauthScopes; null when it declares none (Google then grants what the code uses). */
    private readonly scopes: () => readonly string[] | null,
  ) {}

  private requireScope(method: string): void {
    const declared = this.scopes();
    if (declared && !declared.includes(SEND_MAIL_SCOPE))
      throw new AppsScriptError(
        `You do not have permission to call MailApp.${method}. Required permissions: ${SEND_MAIL_SCOPE}`,
      );
  }

  getRemainingDailyQuota(): number {
    this.requireScope('getRemainingDailyQuota');
    return this.mailbox.remaining(this.execution().effectiveUser.email, this.now().getTime());
  }

  sendEmail(...args: unknown[]): void {
    this.requireScope('sendEmail');
    let o: MailOptions;
    if (args.length === 1 && args[0] && typeof args[0] === 'object') o = args[0] as MailOptions;
    else if (args.length === 4 && typeof args[3] === 'string')
      o = { to: String(args[0]), replyTo: String(args[1]), subject: String(args[2]), body: String(args[3]) };
    else if (args.length === 3 || args.length === 4)
      o = {
        ...((args[3] as MailOptions | undefined) ?? {}),
        to: String(args[0]),
        subject: String(args[1]),
        body: String(args[2]),
      };
    else throw new AppsScriptError("The parameters don't match the method signature for MailApp.sendEmail.");
    const to = addresses(o.to);
    const cc = addresses(o.cc);
    const bcc = addresses(o.bcc);
    if (to.length + cc.length + bcc.length === 0) throw new AppsScriptError('Failed to send email: no recipient');
    this.mailbox.deliver({
      from: this.execution().effectiveUser.email,
      to,
      cc,
      bcc,
      replyTo: o.replyTo ?? '',
      name: o.name ?? '',
      subject: String(o.subject ?? ''),
      body: String(o.body ?? ''),
      htmlBody: String(o.htmlBody ?? ''),
      at: this.now(),
    });
  }
}

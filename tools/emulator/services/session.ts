// Session and User. Which email Google reveals depends on the execution (see Emulator docs): the active
// user's email is '' in simple triggers for consumer accounts, and the effective user is the trigger owner
// in installable triggers.
import { createHash } from 'node:crypto';
import type { Execution } from './runtime';

export class User {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  /** Deprecated in Apps Script; kept because old code calls it. */
  getUserLoginId(): string {
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}

export class Session {
  constructor(
    private readonly execution: () => Execution,
    private readonly scriptTimeZone: () => string,
  ) {}

  getActiveUser(): User {
    return new User(this.execution().visibleEmail);
  }

  getEffectiveUser(): User {
    return new User(this.execution().effectiveUser.email);
  }

  getActiveUserLocale(): string {
    return this.execution().user.locale;
  }

  getScriptTimeZone(): string {
    return this.scriptTimeZone();
  }

  /** Stable per user and script, opaque, and available even when the email is not. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`emulated-script:${this.execution().user.email}`)
      .digest('base64url')
      .slice(0, 43);
  }
}

// ScriptApp: enums, installable triggers (created per user, fired by the Emulator), authorization info.
import { randomUUID } from 'node:crypto';
import { firstRun, type ClockSchedule } from './clock-triggers';
import { AppsScriptError, type Execution } from './runtime';

export const TOO_MANY_CLOCK_TRIGGERS =
  'This add-on has created too many time-based triggers in this document for this Google user account.';

/** What a time-driven trigger needs to know when it is created: the document it belongs to, the zone, now. */
export interface ClockContext {
  documentId(): string | null;
  timeZone: string;
  now(): number;
}

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const);
export const EventType = Object.freeze({
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const);
export type EventTypeName = keyof typeof EventType;
export const TriggerSource = Object.freeze({
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const);
export const AuthorizationStatus = Object.freeze({ REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const);
export const InstallationSource = Object.freeze({
  APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  NONE: 'NONE',
  WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON',
} as const);

/** Google's limit: 20 triggers per user per script. */
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: keyof typeof TriggerSource;
  sourceId: string | null;
  /** Email of the user who created it: the trigger runs with their authority. */
  owner: string;
  /** Time-driven triggers: when they run, and the next time they fire (ms since the epoch). */
  schedule?: ClockSchedule;
  nextRun?: number;
}

export class Trigger {
  constructor(readonly record: TriggerRecord) {}

  getUniqueId(): string {
    return this.record.uid;
  }

  getHandlerFunction(): string {
    return this.record.handler;
  }

  getEventType(): EventTypeName {
    return this.record.eventType;
  }

  getTriggerSource(): string {
    return this.record.source;
  }

  getTriggerSourceId(): string | null {
    return this.record.source === 'CLOCK' ? null : this.record.sourceId;
  }
}

export class TriggerRegistry {
  readonly all: TriggerRecord[] = [];
  private counter = 0;

  add(record: Omit<TriggerRecord, 'uid'>): TriggerRecord {
    if (this.all.filter((t) => t.owner === record.owner).length >= MAX_TRIGGERS_PER_USER)
      throw new AppsScriptError(TOO_MANY_TRIGGERS);
    this.counter++;
    const full = { ...record, uid: String(1000000 + this.counter) };
    this.all.push(full);
    return full;
  }

  remove(uid: string): void {
    const i = this.all.findIndex((t) => t.uid === uid);
    if (i >= 0) this.all.splice(i, 1);
  }

  of(eventType: EventTypeName): TriggerRecord[] {
    return this.all.filter((t) => t.eventType === eventType);
  }
}

interface SpreadsheetLike {
  getId(): string;
}

export class SpreadsheetTriggerBuilder {
  private eventType: EventTypeName | null = null;

  constructor(
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
    private readonly sourceId: string,
    private readonly owner: string,
  ) {}

  onEdit(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_EDIT';
    return this;
  }

  onOpen(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_OPEN';
    return this;
  }

  onChange(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_CHANGE';
    return this;
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): Trigger {
    if (!this.eventType)
      throw new AppsScriptError(
        'Missing trigger event type: call onEdit(), onOpen(), onChange() or onFormSubmit() before create().',
      );
    return new Trigger(
      this.registry.add({
        handler: this.handler,
        eventType: this.eventType,
        source: 'SPREADSHEETS',
        sourceId: this.sourceId,
        owner: this.owner,
      }),
    );
  }
}

export class ClockTriggerBuilder {
  private readonly schedule: Partial<ClockSchedule> = {};

  constructor(
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
    private readonly owner: string,
    private readonly context: ClockContext,
  ) {}

  everyMinutes(n: number): ClockTriggerBuilder {
    // Add-ons may use time-driven triggers at most once an hour.
    throw new AppsScriptError(
      `Add-ons can't create time-based triggers that run more often than once an hour (everyMinutes(${n})).`,
    );
  }

  everyHours(n: number): ClockTriggerBuilder {
    this.schedule.everyHours = positive(n, 'everyHours');
    return this;
  }

  everyDays(n: number): ClockTriggerBuilder {
    this.schedule.everyDays = positive(n, 'everyDays');
    return this;
  }

  atHour(hour: number): ClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new AppsScriptError('Invalid argument: hour');
    this.schedule.hour = hour;
    return this;
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw new AppsScriptError('Invalid argument: minute');
    this.schedule.minute = minute;
    return this;
  }

  inTimezone(tz: string): ClockTriggerBuilder {
    this.schedule.timeZone = tz;
    return this;
  }

  create(): Trigger {
    const s = this.schedule;
    if (s.everyDays === undefined && s.everyHours === undefined)
      throw new AppsScriptError('Missing trigger schedule: call everyDays() or everyHours() before create().');
    const sourceId = this.context.documentId();
    // Google: an add-on may hold one trigger of each type per user per document.
    if (this.registry.all.some((t) => t.eventType === 'CLOCK' && t.owner === this.owner && t.sourceId === sourceId))
      throw new AppsScriptError(TOO_MANY_CLOCK_TRIGGERS);
    const schedule: ClockSchedule = {
      ...(s.everyDays !== undefined
        ? { everyDays: s.everyDays, hour: s.hour ?? 0 }
        : { everyHours: s.everyHours as number }),
      minute: s.minute ?? 0,
      timeZone: s.timeZone ?? this.context.timeZone,
    };
    const now = this.context.now();
    return new Trigger(
      this.registry.add({
        handler: this.handler,
        eventType: 'CLOCK',
        source: 'CLOCK',
        sourceId,
        owner: this.owner,
        schedule,
        nextRun: firstRun(schedule, now),
      }),
    );
  }
}

function positive(n: number, name: string): number {
  if (!Number.isInteger(n) || n < 1) throw new AppsScriptError(`Invalid argument: ${name}`);
  return n;
}

export class TriggerBuilder {
  constructor(
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
    private readonly owner: string,
    private readonly context: ClockContext,
  ) {}

  forSpreadsheet(sheet: SpreadsheetLike | string): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet?.getId?.();
    if (!id) throw new AppsScriptError('Invalid argument: sheet');
    return new SpreadsheetTriggerBuilder(this.registry, this.handler, id, this.owner);
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.registry, this.handler, this.owner, this.context);
  }
}

export class AuthorizationInfo {
  getAuthorizationStatus(): string {
    return AuthorizationStatus.NOT_REQUIRED;
  }

  getAuthorizationUrl(): string | null {
    return null;
  }

  getAuthorizedScopes(): string[] {
    return [];
  }
}

export class ScriptApp {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly InstallationSource = InstallationSource;
  private readonly scriptId = randomUUID().replace(/-/g, '');

  constructor(
    private readonly registry: TriggerRegistry,
    private readonly execution: () => Execution,
    private readonly context: ClockContext = { documentId: () => null, timeZone: 'Etc/UTC', now: () => Date.now() },
  ) {}

  private owner(): string {
    return this.execution().effectiveUser.email;
  }

  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '')
      throw new AppsScriptError('Invalid argument: functionName');
    return new TriggerBuilder(this.registry, functionName, this.owner(), this.context);
  }

  /** The current user's triggers in this project (Google shows no one else's). */
  getProjectTriggers(): Trigger[] {
    const owner = this.owner();
    return this.registry.all.filter((t) => t.owner === owner).map((t) => new Trigger(t));
  }

  getUserTriggers(source: SpreadsheetLike): Trigger[] {
    const owner = this.owner();
    const id = source?.getId?.();
    return this.registry.all.filter((t) => t.owner === owner && t.sourceId === id).map((t) => new Trigger(t));
  }

  deleteTrigger(trigger: Trigger): void {
    if (!(trigger instanceof Trigger)) throw new AppsScriptError('Invalid argument: trigger');
    if (trigger.record.owner !== this.owner())
      throw new AppsScriptError('The trigger belongs to another user and cannot be deleted.');
    this.registry.remove(trigger.record.uid);
  }

  getAuthorizationInfo(_authMode?: string): AuthorizationInfo {
    return new AuthorizationInfo();
  }

  getInstallationSource(): string {
    return InstallationSource.WEB_STORE_ADD_ON;
  }

  getScriptId(): string {
    return this.scriptId;
  }

  getOAuthToken(): string {
    return 'emulated-oauth-token';
  }
}

// ScriptApp: enums, installable triggers (created per user, fired by the Emulator), authorization info.
import { randomUUID } from 'node:crypto';
import { AppsScriptError, type Execution } from './runtime';

export const AuthMode = Object.freeze({ NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const);
export const EventType = Object.freeze({
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const);
export type EventTypeName = keyof typeof EventType;
export const TriggerSource = Object.freeze({ SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' } as const);
export const AuthorizationStatus = Object.freeze({ REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const);
export const InstallationSource = Object.freeze({ APPS_MARKETPLACE_DOMAIN_ADD_ON: 'APPS_MARKETPLACE_DOMAIN_ADD_ON', NONE: 'NONE', WEB_STORE_ADD_ON: 'WEB_STORE_ADD_ON' } as const);

/** Google's limit: 20 triggers per user per script. */
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: EventTypeName;
  source: keyof typeof TriggerSource;
  sourceId: string | null;
  /** Email of the user who created it: the trigger runs with their authority. */
  owner: string;
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
    return this.record.sourceId;
  }
}

export class TriggerRegistry {
  readonly all: TriggerRecord[] = [];
  private counter = 0;

  add(record: Omit<TriggerRecord, 'uid'>): TriggerRecord {
    if (this.all.filter((t) => t.owner === record.owner).length >= MAX_TRIGGERS_PER_USER) throw new AppsScriptError(TOO_MANY_TRIGGERS);
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
    if (!this.eventType) throw new AppsScriptError('Missing trigger event type: call onEdit(), onOpen(), onChange() or onFormSubmit() before create().');
    return new Trigger(this.registry.add({ handler: this.handler, eventType: this.eventType, source: 'SPREADSHEETS', sourceId: this.sourceId, owner: this.owner }));
  }
}

export class ClockTriggerBuilder {
  constructor(
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
    private readonly owner: string,
  ) {}

  everyMinutes(_n: number): ClockTriggerBuilder {
    return this;
  }

  everyHours(_n: number): ClockTriggerBuilder {
    return this;
  }

  everyDays(_n: number): ClockTriggerBuilder {
    return this;
  }

  atHour(_hour: number): ClockTriggerBuilder {
    return this;
  }

  nearMinute(_minute: number): ClockTriggerBuilder {
    return this;
  }

  inTimezone(_tz: string): ClockTriggerBuilder {
    return this;
  }

  create(): Trigger {
    return new Trigger(this.registry.add({ handler: this.handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, owner: this.owner }));
  }
}

export class TriggerBuilder {
  constructor(
    private readonly registry: TriggerRegistry,
    private readonly handler: string,
    private readonly owner: string,
  ) {}

  forSpreadsheet(sheet: SpreadsheetLike | string): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet?.getId?.();
    if (!id) throw new AppsScriptError('Invalid argument: sheet');
    return new SpreadsheetTriggerBuilder(this.registry, this.handler, id, this.owner);
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.registry, this.handler, this.owner);
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
  ) {}

  private owner(): string {
    return this.execution().effectiveUser.email;
  }

  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || functionName === '') throw new AppsScriptError('Invalid argument: functionName');
    return new TriggerBuilder(this.registry, functionName, this.owner());
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
    if (trigger.record.owner !== this.owner()) throw new AppsScriptError('The trigger belongs to another user and cannot be deleted.');
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

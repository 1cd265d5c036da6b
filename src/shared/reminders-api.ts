// The contract between the Nhắc việc / Reminders sidebar and its server endpoints (google.script.run).
// Unlike the forms' endpoints these answer plain values: each action answers the sentence to show.

export interface RemindersPreview {
  to: string[];
  subject: string;
  body: string;
  htmlBody: string;
}

export interface RemindersState {
  lang: 'vi' | 'en';
  enabled: boolean;
  hour: number;
  daysBefore: number;
  escalateAfter: number;
  officeEmails: string[];
  digestDay: string;
  trigger: { owner: string; hour: number } | null;
  lastRun: string;
  units: { id: string; name: string }[];
  /** Tomorrow's emails, each as its recipient will read it. */
  preview: RemindersPreview[];
  notReminded: string[];
}

export interface RemindersApi {
  remindersState(): RemindersState;
  setRemindersEnabled(enabled: boolean): string;
  sendReminderTestToMe(): string;
  remindUnitNow(unitId: string): string;
}

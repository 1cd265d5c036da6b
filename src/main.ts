// The entry module: every export becomes a top-level function of dist/Code.js that Apps Script can call
// (simple triggers, menu items, installable triggers, google.script.run endpoints). Nothing else lives here.
import * as emulation from './server/forms/emulation';
import * as progress from './server/forms/progress';
import * as reminders from './server/reminders/entry';
import type { ServerApi } from './shared/api';
import type { RemindersApi } from './shared/reminders-api';

/** The sidebars' google.script.run endpoints, checked by the compiler against the contract in shared/api.ts. */
const endpoints: ServerApi = {
  progressForm: progress.progressForm,
  unitMilestones: progress.unitMilestones,
  submitProgress: progress.submitProgress,
  emulationForm: emulation.emulationForm,
  unitTargets: emulation.unitTargets,
  submitResult: emulation.submitResult,
};
export const { progressForm, unitMilestones, submitProgress, emulationForm, unitTargets, submitResult } = endpoints;

export { onOpen, onInstall } from './server/menu';
export { showProgressSidebar, showEmulationSidebar } from './server/sidebar';
export { ensureEditTrigger, onEditInstalled } from './server/onedit';
export { menuSetup } from './server/setup';
export { menuValidate, dataIssues_ } from './server/validate';
export { menuRefresh } from './server/refresh';
export { menuReport, reportSummary_ } from './server/report';
export { menuHelp } from './server/help';
export { remindersDaily, showRemindersDialog } from './server/reminders/entry';

/** The reminders sidebar's endpoints, checked against shared/reminders-api.ts. */
const reminderEndpoints: RemindersApi = {
  remindersState: reminders.remindersState,
  setRemindersEnabled: reminders.setRemindersEnabled,
  sendReminderTestToMe: reminders.sendReminderTestToMe,
  remindUnitNow: reminders.remindUnitNow,
};
export const { remindersState, setRemindersEnabled, sendReminderTestToMe, remindUnitNow } = reminderEndpoints;

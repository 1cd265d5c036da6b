// The entry module: every export becomes a top-level function of dist/Code.js that Apps Script can call
// (simple triggers, menu items, installable triggers, google.script.run endpoints). Nothing else lives here.
export { onOpen, onInstall } from './server/menu';
export { progressForm, unitMilestones, submitProgress } from './server/forms/progress';
export { emulationForm, unitTargets, submitResult } from './server/forms/emulation';
export { showProgressSidebar, showEmulationSidebar } from './server/sidebar';
export { ensureEditTrigger, onEditInstalled } from './server/onedit';
export { menuSetup } from './server/setup';
export { menuValidate, dataIssues_ } from './server/validate';
export { menuRefresh } from './server/refresh';
export { menuReport, reportSummary_ } from './server/report';
export { menuHelp } from './server/help';
export { remindersDaily, showRemindersDialog, remindersState, setRemindersEnabled, sendReminderTestToMe, remindUnitNow } from './server/reminders/entry';

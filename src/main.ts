// The entry module: every export becomes a top-level function of dist/Code.js that Apps Script can call
// (simple triggers, menu items, installable triggers, google.script.run endpoints). Nothing else lives here.
export { onOpen, onInstall } from './server/menu';

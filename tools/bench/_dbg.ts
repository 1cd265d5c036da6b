import { benchTables, BENCH_ADMIN } from './generate';
import { emulatorFor, tablesWorkbook } from './workbook';
const size = Number(process.argv[2] ?? 5000);
const emu = emulatorFor(tablesWorkbook(benchTables(size), 'vi'), { today: '2020-05-15', user: { email: BENCH_ADMIN, locale: 'vi' } });
let last: string[] = [];
emu.observeCalls((c) => { last.push(`${c.className}.${c.method}(${c.args.map((a) => Array.isArray(a) ? `[${a.length}]` : JSON.stringify(a)).join(',')})${c.failed ? ' FAILED' : ''}`); if (last.length > 12) last.shift(); });
try { emu.run(process.argv[3] ?? 'menuRefresh'); } catch (e) { console.log((e as Error).stack?.split('\n').slice(0, 12).join('\n')); }
console.log(last.join('\n'));
console.log(emu.ui.toasts, emu.ui.alerts ?? '');
const issues = emu.workbook.values('Kiểm tra dữ liệu') as unknown[][];
const counts: Record<string, number> = {};
for (const r of issues.slice(1)) counts[String(r[1])] = (counts[String(r[1])] ?? 0) + 1;
console.log(counts, issues.slice(1, 6));

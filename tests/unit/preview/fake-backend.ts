// A small in-memory PreviewBackend for the route tests: one sheet, a menu, a sidebar, an echo endpoint.
import type {
  AddonMenu,
  Context,
  EditOutcome,
  GridView,
  MenuOutcome,
  PreviewBackend,
  RunOutcome,
  SidebarView,
  ToastView,
} from '../../../tools/preview/backend';

export class FakeBackend implements PreviewBackend {
  ctx: Context = { today: '2020-05-04', email: 'admin@example.vn', locale: 'vi' };
  cells: Record<string, string> = { A1: 'Mã đơn vị', B1: 'Tên đơn vị', A2: 'DV01', B2: '<img src=x onerror=alert(1)>' };
  toastList: ToastView[] = [];
  openSidebar: SidebarView | null = null;
  html: string | null = null;
  calls: { fn: string; args: unknown[] }[] = [];
  saved: string[] = [];
  menuRuns: { fn: string; answers: string[] }[] = [];

  context(): Context {
    return this.ctx;
  }
  setContext(change: Partial<Context>): void {
    this.ctx = { ...this.ctx, ...change };
  }
  users() {
    return [
      { email: 'admin@example.vn', role: 'Quản trị viên' },
      { email: 'stranger@example.com', role: 'Người ngoài' },
    ];
  }
  sheetNames(): string[] {
    return ['Đơn vị', 'Tiến độ'];
  }
  grid(sheet: string, maxRows: number): GridView {
    const rows = [1, 2].slice(0, maxRows);
    return {
      sheet,
      rows: 2,
      cols: 2,
      display: rows.map((r) => ['A', 'B'].map((c) => this.cells[`${c}${r}`] ?? '')),
      backgrounds: rows.map((r) => (r === 2 ? ['#b7e1cd', null] : [null, null])),
      bold: rows.map((r) => [r === 1, r === 1]),
      frozenRows: 1,
      columnWidths: [100, 200],
      truncated: maxRows < 2,
    };
  }
  menu(): AddonMenu {
    return {
      title: 'Theo dõi đại hội',
      items: [
        { caption: 'Làm mới bảng theo dõi', fn: 'menuRefresh' },
        {},
        { caption: 'Cập nhật tiến độ…', fn: 'showProgressSidebar' },
      ],
    };
  }
  toasts(): ToastView[] {
    return this.toastList;
  }
  sidebar(): SidebarView | null {
    return this.openSidebar;
  }
  sidebarHtml(): string | null {
    return this.html;
  }
  closeSidebar(): void {
    this.openSidebar = null;
    this.html = null;
  }
  async runMenu(fn: string, answers: string[]): Promise<MenuOutcome> {
    this.menuRuns.push({ fn, answers });
    if (fn === 'showProgressSidebar') {
      this.openSidebar = { title: 'Cập nhật tiến độ', name: 'fake', serial: 1, width: 300 };
      this.html = '<!DOCTYPE html><p>fake</p>';
    } else {
      this.toastList.push({ id: this.toastList.length, title: '', message: 'Đã cập nhật', timeoutSeconds: 5 });
    }
    return { ok: true, alerts: [] };
  }
  async edit(_sheet: string, a1: string, typed: string): Promise<EditOutcome> {
    if (a1 === 'A1') return { ok: false, rejected: 'A1 is protected' };
    this.cells[a1] = typed;
    return { ok: true };
  }
  async callServer(fn: string, args: unknown[]): Promise<RunOutcome> {
    this.calls.push({ fn, args });
    if (fn === 'failing') return { ok: false, error: { name: 'Error', message: 'boom' } };
    return { ok: true, value: { echo: args } };
  }
  endpoints(): string[] {
    return ['echo', 'failing'];
  }
  async save(path: string): Promise<void> {
    this.saved.push(path);
  }
}

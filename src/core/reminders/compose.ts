// Each reminder email as its recipient reads it: subject, plain text and simple HTML that renders in Gmail,
// built from the same blocks, in the workbook's language, dates dd/mm/yyyy, every value escaped in the HTML.
import { formatProgress } from '../format';
import type { Day } from '../model';
import type { Lang } from '../schema';
import type { Digest } from './digest';
import type { ChaseItem, Escalation, TargetItem, UnitReminder, Unreached } from './plan';
import type { OutgoingEmail } from './quota';
import { TAG, W } from './texts';

export interface ComposedEmail {
  subject: string;
  body: string;
  htmlBody: string;
}

export interface ComposeContext {
  lang: Lang;
  today: Day;
  /** The spreadsheet's link. */
  url: string;
}

/** The most lines one list of an email shows; the rest is counted. */
export const MAX_LIST_LINES = 100;

type Block = { p: string } | { h: string } | { list: string[] } | { link: string; url: string };

export function composeEmail(email: OutgoingEmail, ctx: ComposeContext): ComposedEmail {
  const { subject, blocks } =
    email.kind === 'unit'
      ? unitEmail(email, ctx)
      : email.kind === 'escalation'
        ? escalationEmail(email, ctx)
        : digestEmail(email, ctx);
  return { subject: `${TAG[ctx.lang]} ${subject}`, body: renderText(blocks), htmlBody: renderHtml(blocks) };
}

function itemLine(i: ChaseItem, lang: Lang): string {
  return `${i.milestoneId} – ${i.task}: ${W.deadline(i.deadline, lang)}, ${i.overdue ? W.late(i.days, lang) : W.left(i.days, lang)}`;
}

function targetLine(i: TargetItem, lang: Lang): string {
  return `${i.targetId} – ${i.name}: ${W.deadline(i.dueDate, lang)}, ${i.overdue ? W.late(i.days, lang) : W.left(i.days, lang)}`;
}

function capped(lines: string[], lang: Lang): string[] {
  return lines.length <= MAX_LIST_LINES
    ? lines
    : [...lines.slice(0, MAX_LIST_LINES), W.more(lines.length - MAX_LIST_LINES, lang)];
}

function closing(ctx: ComposeContext): Block[] {
  return [{ link: W.link[ctx.lang], url: ctx.url }, { p: W.howTo(ctx.lang) }, { p: W.footer[ctx.lang] }];
}

function unitEmail(e: UnitReminder, ctx: ComposeContext): { subject: string; blocks: Block[] } {
  const { lang } = ctx;
  const overdue = e.items.filter((i) => i.overdue);
  const soon = e.items.filter((i) => !i.overdue);
  const counts: string[] = [];
  if (overdue.length) counts.push(W.overdueCount(overdue.length, lang));
  if (soon.length) counts.push(W.dueSoonCount(soon.length, lang));
  if (e.targets.length) counts.push(W.targetCount(e.targets.length, lang));
  const blocks: Block[] = [{ p: W.greetingUnit(e.unitName, e.unitId, lang) }, { p: W.introUnit(ctx.today, lang) }];
  if (overdue.length)
    blocks.push(
      { h: W.overdueHeading[lang] },
      {
        list: capped(
          overdue.map((i) => itemLine(i, lang)),
          lang,
        ),
      },
    );
  if (soon.length)
    blocks.push(
      { h: W.dueSoonHeading[lang] },
      {
        list: capped(
          soon.map((i) => itemLine(i, lang)),
          lang,
        ),
      },
    );
  if (e.targets.length)
    blocks.push(
      { h: W.targetsHeading[lang] },
      {
        list: capped(
          e.targets.map((i) => targetLine(i, lang)),
          lang,
        ),
      },
    );
  blocks.push(...closing(ctx));
  return { subject: `${e.unitName}: ${counts.join(', ')}`, blocks };
}

function escalationEmail(e: Escalation, ctx: ComposeContext): { subject: string; blocks: Block[] } {
  const { lang } = ctx;
  const n = e.groups.reduce((k, g) => k + g.items.length, 0);
  const threshold = e.threshold;
  // To the office: top-level units (and units whose parent has no editors), so not "subordinate units".
  const office = e.unitId === null;
  const name = office ? W.office[lang] : e.unitName;
  const only = e.groups.length === 1 ? e.groups[0] : undefined;
  const count = office
    ? W.officeEscalationCount(n, only ? only.unitName : e.groups.length, threshold, lang)
    : W.escalationCount(n, e.groups.length, threshold, lang);
  const blocks: Block[] = [
    { p: e.unitId === null ? W.greetingOffice[lang] : W.greetingParent(e.unitName, e.unitId, lang) },
    { p: office ? W.introOfficeEscalation(threshold, ctx.today, lang) : W.introEscalation(threshold, ctx.today, lang) },
  ];
  for (const g of e.groups)
    blocks.push(
      { h: `${g.unitName} (${g.unitId})` },
      {
        list: capped(
          g.items.map((i) => itemLine(i, lang)),
          lang,
        ),
      },
    );
  blocks.push(...closing(ctx));
  return { subject: `${name}: ${count}`, blocks };
}

/** Whose reminder was skipped: the unit, or for an escalation whom it was for and which units it reported. */
function notRemindedName(u: Unreached, lang: Lang): string {
  const named = (x: { unitId: string; unitName: string }): string =>
    x.unitId ? `${x.unitName} (${x.unitId})` : x.unitName;
  if (!u.escalated) return named(u);
  return W.escalationSkipped(u.unitId ? named(u) : null, u.escalated.map(named).join(', '), lang);
}

function digestEmail(d: Digest, ctx: ComposeContext): { subject: string; blocks: Block[] } {
  const { lang, today } = ctx;
  const h = d.headline;
  const counts = [W.overdueCount(h.overdue, lang)];
  if (d.notReminded.length) counts.push(W.notRemindedCount(d.notReminded.length, lang));
  const list = (lines: string[]): Block => (lines.length ? { list: capped(lines, lang) } : { p: W.none[lang] });
  const blocks: Block[] = [
    { p: W.greetingOffice[lang] },
    { p: W.digestIntro(today, lang) },
    {
      list: [
        W.headlineUnits(formatProgress(h.congressHeld, h.units, lang), h.units, lang),
        W.headlineTasks(h.done, h.overdue, h.dueSoon, d.warningDays, lang),
      ],
    },
  ];
  if (d.notReminded.length)
    blocks.push(
      { h: W.notRemindedHeading[lang] },
      list(d.notReminded.map((u) => `${notRemindedName(u, lang)}: ${W.why(u.reason, u.items, lang)}`)),
    );
  blocks.push(
    { h: W.digestOverdue[lang] },
    list(
      d.overdue.map(
        (o) =>
          `${o.unitName} (${o.unitId}): ${o.milestoneId} – ${o.task}: ${W.deadline(o.deadline, lang)}, ${W.late(o.daysLate, lang)}`,
      ),
    ),
    { h: W.verifyHeading[lang] },
    list(
      d.verify.map(
        (v) => `${v.unitName} (${v.unitId}): ${v.milestoneId} – ${v.task}: ${W.verify(v.reason, v.requires, lang)}`,
      ),
    ),
    { h: W.notReportedHeading[lang] },
    list(d.notReported.map((t) => `${t.targetId} – ${t.name}: ${t.units.map((u) => u.unitName).join(', ')}`)),
  );
  blocks.push({ link: W.link[lang], url: ctx.url }, { p: W.footer[lang] });
  return { subject: `${W.digestSubject(today, lang)}: ${counts.join(', ')}`, blocks };
}

function renderText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ('p' in b) out.push(b.p, '');
    else if ('h' in b) out.push(`${b.h}:`);
    else if ('list' in b) out.push(...b.list.map((l) => `  - ${l}`), '');
    else out.push(`${b.link}: ${b.url}`, '');
  }
  return out.join('\n').trimEnd() + '\n';
}

/** HTML-escapes text for an element's content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function renderHtml(blocks: readonly Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if ('p' in b) parts.push(`<p>${escapeHtml(b.p)}</p>`);
    else if ('h' in b) parts.push(`<p style="margin:12px 0 4px"><b>${escapeHtml(b.h)}</b></p>`);
    else if ('list' in b)
      parts.push(`<ul style="margin:0 0 8px">${b.list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`);
    else {
      const safe = /^https:\/\//i.test(b.url) ? b.url : '';
      parts.push(
        safe
          ? `<p>${escapeHtml(b.link)}: <a href="${escapeHtml(safe)}">${escapeHtml(safe)}</a></p>`
          : `<p>${escapeHtml(`${b.link}: ${b.url}`)}</p>`,
      );
    }
  }
  return `<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5">${parts.join('')}</div>`;
}

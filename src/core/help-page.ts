// The Trợ giúp / Help sidebar as one small HTML page in the user's language: the order of work, the statuses,
// the standings and ratings with the colours the sheets' conditional-format rules give them (the same
// STANDING, AWAITING_COLOR and RATING definitions the rules are built from), who may update what, what a
// refusal means, and the state of the add-on's triggers as the server found it. Every text is escaped.
import { HELP_TEXT as H, RATING_MEANING, STANDING_MEANING, STATUS_MEANING } from './help-texts';
import { escapeHtml } from './reminders/compose';
import { AWAITING_COLOR, RATING, STANDING, STATUS } from './fixed-lists';
import type { Lang } from './schema';

export interface HelpState {
  /** One line per trigger (owner, active or not) and any notice of a trigger put back. */
  triggers: string[];
  /** Who sends the reminders and when they last ran. */
  reminders: string;
}

const STYLE = `body{font-family:Arial,sans-serif;font-size:13px;color:#202124;margin:0;padding:8px 12px 16px;line-height:1.4}
h1{font-size:15px;margin:4px 0 8px}h2{font-size:13px;margin:14px 0 6px;color:#1a73e8}
ol,ul{margin:0;padding-left:18px}li{margin:3px 0}ul.legend{list-style:none;padding-left:0}
.swatch{display:inline-block;width:12px;height:12px;border:1px solid #bdbdbd;border-radius:2px;margin-right:6px;vertical-align:-2px}
p{margin:4px 0}.note{color:#5f6368;font-size:12px}`;

const list = (tag: 'ol' | 'ul', items: string[]): string =>
  `<${tag}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>`;

function legendItem(kind: string, name: string, color: string | null, meaning: string): string {
  return (
    `<li data-${kind}="${escapeHtml(name)}" data-color="${color ?? ''}">` +
    `<span class="swatch" style="background:${color ?? '#ffffff'}"></span>` +
    `<b>${escapeHtml(name)}</b>: ${escapeHtml(meaning)}</li>`
  );
}

export function helpPage(lang: Lang, state: HelpState): { title: string; html: string } {
  const say = (m: { vi: string; en: string }): string => m[lang];
  const statuses = (Object.keys(STATUS) as (keyof typeof STATUS)[]).map((k) =>
    legendItem('status', STATUS[k][lang], k === 'awaiting' ? AWAITING_COLOR : null, say(STATUS_MEANING[k])),
  );
  const standings = (Object.keys(STANDING) as (keyof typeof STANDING)[]).map((k) =>
    legendItem('standing', STANDING[k][lang], STANDING[k].color, say(STANDING_MEANING[k])),
  );
  const ratings = (Object.keys(RATING) as (keyof typeof RATING)[]).map((k) =>
    legendItem('rating', RATING[k][lang], RATING[k].color, say(RATING_MEANING[k])),
  );
  const section = (heading: { vi: string; en: string }, body: string, id: string): string =>
    `<section id="${id}"><h2>${escapeHtml(say(heading))}</h2>${body}</section>`;
  const body = [
    `<h1>${escapeHtml(say(H.heading))}</h1>`,
    `<p>${escapeHtml(say(H.intro))}</p>`,
    section(H.orderHeading, list('ol', H.order.map(say)), 'order'),
    section(H.statusHeading, `<ul class="legend">${statuses.join('')}</ul>`, 'statuses'),
    section(
      H.standingHeading,
      `<ul class="legend">${standings.join('')}</ul><p class="note">${escapeHtml(say(H.standingNote))}</p>`,
      'standings',
    ),
    section(H.ratingHeading, `<ul class="legend">${ratings.join('')}</ul>`, 'ratings'),
    section(H.rightsHeading, list('ul', H.rights.map(say)), 'rights'),
    section(H.refusalHeading, list('ul', H.refusals.map(say)), 'refusals'),
    section(H.triggersHeading, list('ul', [...state.triggers, state.reminders].filter(Boolean)), 'triggers'),
    section(H.deadlinesHeading, H.deadlines.map((p) => `<p>${escapeHtml(say(p))}</p>`).join(''), 'deadlines'),
  ].join('\n');
  return {
    title: say(H.title),
    html: `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><base target="_top"><style>${STYLE}</style></head><body>\n${body}\n</body></html>`,
  };
}

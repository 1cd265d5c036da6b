// The mailbox panel: the reminder emails the add-on sent, newest first; a click opens one as its recipient
// reads it (/mail/<id>, served without script) in a sandboxed frame. Subjects and addresses go in as text.
import type { MailView } from '../backend';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
};

let count = -1;

export function renderMailbox(mail: MailView[]): void {
  $('mail-count').textContent = String(mail.length);
  if (mail.length === count) return;
  count = mail.length;
  $('mail-empty').hidden = mail.length > 0;
  const list = $('mail-list');
  list.replaceChildren(
    ...[...mail].reverse().map((m) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'mail-item';
      button.dataset['id'] = String(m.id);
      const subject = document.createElement('span');
      subject.className = 'mail-subject';
      subject.textContent = m.subject;
      const meta = document.createElement('span');
      meta.className = 'mail-meta';
      meta.textContent = `${m.to.join(', ')} · ${m.at}`;
      button.append(subject, meta);
      button.addEventListener('click', () => open(m.id));
      li.append(button);
      return li;
    }),
  );
}

function open(id: number): void {
  const frame = $<HTMLIFrameElement>('mail-frame');
  frame.hidden = false;
  frame.src = `/mail/${id}`;
  for (const b of document.querySelectorAll<HTMLElement>('.mail-item'))
    b.classList.toggle('selected', b.dataset['id'] === String(id));
}

function toggle(visible: boolean): void {
  $('mailbox-panel').hidden = !visible;
  $('mailbox-button').setAttribute('aria-expanded', String(visible));
}

export function wireMailbox(): void {
  $('mailbox-button').addEventListener('click', () => toggle($('mailbox-panel').hidden === true));
  $('mailbox-close').addEventListener('click', () => toggle(false));
}

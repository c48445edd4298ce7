/** What the action areas (target cards, letter, share) ask of the element, and the pieces they share. */
import { html, isServer, nothing } from 'lit';
import type { UrgentActionActionDetail } from '../events.js';
import type { MailClient } from '../letter/mailto.js';
import { safeUrl } from '../urls.js';
import type { ViewContext } from './context.js';
import type { NoticeRegion } from './notice.js';

export interface ContactHandlers {
  /** The compose URL of the letter to target `index`, as the letter stands now. */
  mailUrl(client: MailClient, index: number): string;
  /** A mail link is being followed: bring its URL up to date, copying the letter first when it is too long. */
  onMail(client: MailClient, index: number, where: NoticeRegion, event: Event): void;
  /** Copies `text`, then announces `done` in the notice at `where` and remembers `action`. */
  onCopy(text: string, where: NoticeRegion, done: string, action?: UrgentActionActionDetail): void;
  /** Remembers an action taken by following a link (call, post, share). */
  onTaken(action: UrgentActionActionDetail): void;
  onShare(): void;
}

export function mailLink(on: ContactHandlers, client: MailClient, index: number, where: NoticeRegion, label: string, className = 'button') {
  return html`<a
    class=${className}
    part=${className === 'button' ? 'button' : nothing}
    href=${on.mailUrl(client, index)}
    target=${client === 'app' ? nothing : '_blank'}
    rel="noopener"
    @click=${(e: Event) => on.onMail(client, index, where, e)}
    >${label}</a
  >`;
}

/** The appeal's own address when the case gives one, else the page it is embedded in. */
export const appealUrl = ({ c, base }: Pick<ViewContext, 'c' | 'base'>) =>
  (c.link && safeUrl(c.link, base)) || (isServer ? base : location.href);

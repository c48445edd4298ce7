import { html } from 'lit';

/** The live regions of the action areas: the letter's, the share section's, and each target card's. */
export type NoticeRegion = 'letter' | 'share' | `target-${number}`;

/** The last message of the action areas, and the region that shows it; silent without `where`. */
export interface Notice {
  where?: NoticeRegion;
  message: string;
}

/** What `notice` says in the region `where`: nothing unless it is that region's. */
export const messageAt = (notice: Notice, where: NoticeRegion) => (notice.where === where ? notice.message : '');

/** The live region `where`: present before its message so screen readers announce it. */
export const noticeAt = (notice: Notice, where: NoticeRegion) => html`<p class="notice live" role="status">${messageAt(notice, where)}</p>`;

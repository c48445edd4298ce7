/** Every view's styles in the order the element adopts them: tokens first, then the base, then each view's own. */
import { baseStyles } from './base.styles.js';
import { bidiStyles } from './bidi.styles.js';
import { headerStyles } from './header.styles.js';
import { historyStyles } from './history.styles.js';
import { letterStyles } from './letter.styles.js';
import { noticeStyles } from './notice.styles.js';
import { outcomeStyles } from './outcome.styles.js';
import { peopleStyles } from './people.styles.js';
import { reportStyles } from './report.styles.js';
import { shareStyles } from './share.styles.js';
import { statusStyles } from './status.styles.js';
import { targetStyles } from './targets.styles.js';
import { tokens } from './tokens.styles.js';

export const viewStyles = [
  tokens,
  baseStyles,
  bidiStyles,
  noticeStyles,
  statusStyles,
  headerStyles,
  historyStyles,
  peopleStyles,
  targetStyles,
  letterStyles,
  shareStyles,
  outcomeStyles,
  reportStyles,
];

/** Registers `<urgent-action>`, unless something already did. */
import { UrgentActionElement } from './urgent-action.js';

export const TAG_NAME = 'urgent-action';

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, UrgentActionElement);

export { UrgentActionElement };

declare global {
  interface HTMLElementTagNameMap {
    'urgent-action': UrgentActionElement;
  }
}

/** Registers `<urgent-action>`, unless something already did. */
import { UrgentActionElement } from './urgent-action.js';

UrgentActionElement.define();

export { UrgentActionElement };

declare global {
  interface HTMLElementTagNameMap {
    'urgent-action': UrgentActionElement;
  }
}

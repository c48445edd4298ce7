/**
 * When the reader last acted on the case shown, from the actions remembered on this device (reported ones too): read
 * once per case, so
 * "New since you acted" compares the appeal's latest document with what the reader knew when they came back.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { lastActedAt } from '../actions/memory.js';
import type { UrgentActionCase } from '../case/schema.js';

export class LastActedController implements ReactiveController {
  /** ISO timestamp of the reader's latest remembered action on the case shown, if any. */
  at?: string;
  private shownCase?: UrgentActionCase;

  constructor(
    host: ReactiveElement,
    private readonly source: () => UrgentActionCase | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const c = this.source();
    if (c === this.shownCase) return;
    this.shownCase = c;
    this.at = c && lastActedAt(c.id);
  }
}

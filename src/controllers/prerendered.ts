/**
 * Markup pre-rendered by `urgent-action render` (a declarative shadow root), as a reactive controller: kept on screen
 * until the element renders the case itself (or says why it can't), then removed within that same update, before the
 * browser paints again, so the reader sees no gap.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class PrerenderedController implements ReactiveController {
  private nodes?: ChildNode[];

  constructor(
    private readonly host: ReactiveElement,
    /** Whether the element has something of its own to show: the case, or why it can't. */
    private readonly ready: () => boolean,
  ) {
    host.addController(this);
  }

  /** Whether pre-rendered markup is still what the reader sees. */
  get showing(): boolean {
    return this.nodes !== undefined;
  }

  hostConnected(): void {
    const root = this.host.shadowRoot;
    if (!this.host.hasUpdated && root?.firstChild) this.nodes = [...root.childNodes];
  }

  hostUpdated(): void {
    if (!this.nodes || !this.ready()) return;
    for (const node of this.nodes) node.remove();
    this.nodes = undefined;
  }
}

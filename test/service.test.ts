/**
 * The whole path a reader's report takes, against `urgent-action serve` running as its own process on another
 * origin (so the CORS preflight and --allow-origin are real): the dialog sends, the service counts, the widget shows
 * the new total.
 */
import { expect } from '@open-wc/testing';
import type { UrgentActionCase } from '../src/case/schema.js';
import { newReportKey } from '../src/report/payload.js';
import { $, renderCase, seedCase, text } from './helpers.js';

async function waitFor(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('<urgent-action> reporting to urgent-action serve', () => {
  it('sends the report from the dialog and shows the total the service counted', async () => {
    const { url } = (await (await fetch('/test-api/serve')).json()) as { url: string };
    const data = await seedCase();
    data.id = `serve-${newReportKey().slice(0, 8)}`;
    data.report = { endpoint: `${url}/api/reports`, countUrl: `${url}/api/reports/total?case=${data.id}` };
    const el = await renderCase(data as UrgentActionCase);

    $(el, '[part~="report-button"]').click();
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    await waitFor(() => dialog.open, 'the dialog');
    ($(el, 'input[name="email"]') as HTMLInputElement).value = '2';
    ($(el, 'input[name="phone"]') as HTMLInputElement).value = '1';
    $(el, '[part~="report-send"]').click();

    const total = () => el.shadowRoot!.querySelector('[part="report-total"]');
    // Before the report the service counts 0 for this case; after it, what the reader sent.
    await waitFor(() => total() !== null && text(total()!) === '3 actions taken so far', 'the new total');
    expect(text($(el, '.report-status'))).to.equal('Thank you! Your report has been counted.');
    // Counted by the service itself, not only echoed by the widget.
    expect(await (await fetch(`${url}/api/reports/total?case=${data.id}`)).json()).to.deep.equal({ total: 3 });
  });
});

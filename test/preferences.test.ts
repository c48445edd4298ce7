/**
 * The reader's media preferences: a dark scheme and reduced motion. Chromium emulates them on demand (the runner's
 * `emulateMedia` command over the DevTools Protocol); Firefox cannot over WebDriver BiDi, so the runner launches a Firefox
 * that has them from the start (prefs). Support is found by trying the command, then by asking the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { $, renderCase, seedCase, withPageStyle } from './support/helpers.js';

type Preferences = { colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference' };

/** Whether the page now has `preferences`: emulated when the browser can, or already the browser's own. */
async function prefer(preferences: Preferences): Promise<boolean> {
  try {
    await emulateMedia(preferences);
    return true;
  } catch {
    const { colorScheme, reducedMotion } = preferences;
    return (
      (!colorScheme || matchMedia(`(prefers-color-scheme: ${colorScheme})`).matches) &&
      (!reducedMotion || matchMedia(`(prefers-reduced-motion: ${reducedMotion})`).matches)
    );
  }
}

const skipMessage = (preferences: Preferences) => `this browser can neither emulate nor was launched with ${JSON.stringify(preferences)}`;

describe('the reader’s preferences', () => {
  afterEach(() => prefer({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  const rootStyle = (el: UrgentActionElement) => getComputedStyle($(el, '.root'));

  it('follows the reader’s colour scheme unless theme is set', async function () {
    const auto = await renderCase(await seedCase());
    const light = await fixture<UrgentActionElement>(html`<urgent-action theme="light" .case=${await seedCase()}></urgent-action>`);
    if (await prefer({ colorScheme: 'light' })) expect(rootStyle(auto).color).to.equal('rgb(27, 27, 27)');
    if (!(await prefer({ colorScheme: 'dark' }))) {
      console.warn(`skipped: ${skipMessage({ colorScheme: 'dark' })}`);
      this.skip();
    }
    expect(rootStyle(auto).color).to.equal('rgb(236, 236, 236)');
    expect(rootStyle(auto).backgroundColor).to.equal('rgb(22, 22, 24)');
    expect(rootStyle(light).color).to.equal('rgb(27, 27, 27)');
    expect(rootStyle(light).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('switches off transitions, even ones the page adds through ::part, when the reader asks for reduced motion', async function () {
    const el = await renderCase(await seedCase());
    await withPageStyle('urgent-action::part(button) { transition: background-color 3s; }', async () => {
      const button = $(el, '[part~="copy-button"]');
      if (await prefer({ reducedMotion: 'no-preference' })) expect(getComputedStyle(button).transitionDuration).to.equal('3s');
      if (!(await prefer({ reducedMotion: 'reduce' }))) {
        console.warn(`skipped: ${skipMessage({ reducedMotion: 'reduce' })}`);
        this.skip();
      }
      expect(getComputedStyle(button).transitionDuration).to.equal('0s');
    });
  });
});

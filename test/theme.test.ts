import { expect, fixture, html } from '@open-wc/testing';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { $, $$, captureConsoleErrors, openReport, renderCase, seedCase, seriesCase, waitFor, withPageStyle } from './support/helpers.js';

interface Manifest {
  modules: { declarations?: Record<string, any>[] }[];
}

async function elementManifest(): Promise<Record<string, any>> {
  const manifest: Manifest = await (await fetch('/custom-elements.json')).json();
  return manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'urgent-action')!;
}

/** For each custom property: a value, and where that value must show up (`pseudo`: on that pseudo-element of it). */
const PROBES: Record<string, { value: string; selector: string; pseudo?: string; property: string; expected: string }> = {
  '--urgent-action-accent': {
    value: 'rgb(1, 2, 3)',
    selector: '[part~="copy-button"]',
    property: 'background-color',
    expected: 'rgb(1, 2, 3)',
  },
  '--urgent-action-accent-text': { value: 'rgb(4, 5, 6)', selector: '[part~="copy-button"]', property: 'color', expected: 'rgb(4, 5, 6)' },
  '--urgent-action-background': { value: 'rgb(7, 8, 9)', selector: '.root', property: 'background-color', expected: 'rgb(7, 8, 9)' },
  '--urgent-action-surface': { value: 'rgb(10, 11, 12)', selector: '.card', property: 'background-color', expected: 'rgb(10, 11, 12)' },
  '--urgent-action-text': { value: 'rgb(13, 14, 15)', selector: '.summary p', property: 'color', expected: 'rgb(13, 14, 15)' },
  '--urgent-action-muted': { value: 'rgb(16, 17, 18)', selector: '.target-role', property: 'color', expected: 'rgb(16, 17, 18)' },
  '--urgent-action-border': { value: 'rgb(19, 20, 21)', selector: '.card', property: 'border-top-color', expected: 'rgb(19, 20, 21)' },
  '--urgent-action-focus': {
    value: 'rgb(22, 23, 24)',
    selector: 'button:focus-visible',
    property: 'outline-color',
    expected: 'rgb(22, 23, 24)',
  },
  '--urgent-action-radius': { value: '9px', selector: '.card', property: 'border-top-left-radius', expected: '9px' },
  '--urgent-action-font-family': { value: 'Courier', selector: '.summary p', property: 'font-family', expected: 'Courier' },
  '--urgent-action-font-scale': { value: '2', selector: '.summary p', property: 'font-size', expected: '32px' },
  '--urgent-action-spacing': { value: '10px', selector: '.card', property: 'padding-top', expected: '10px' },
  '--urgent-action-placeholder-height': { value: '123px', selector: '.placeholder', property: 'min-height', expected: '123px' },
  '--urgent-action-dialog-background': {
    value: 'rgb(25, 26, 27)',
    selector: '[part~="report-dialog"]',
    property: 'background-color',
    expected: 'rgb(25, 26, 27)',
  },
  '--urgent-action-backdrop': {
    value: 'rgb(28, 29, 30)',
    selector: '[part~="report-dialog"]',
    pseudo: '::backdrop',
    property: 'background-color',
    expected: 'rgb(28, 29, 30)',
  },
};

describe('theming: CSS custom properties', () => {
  it('has a probe for every custom property in custom-elements.json', async () => {
    const names = (await elementManifest()).cssProperties.map((p: { name: string }) => p.name);
    expect(Object.keys(PROBES).sort()).to.deep.equal([...names].sort());
  });

  for (const [name, probe] of Object.entries(PROBES)) {
    it(`${name} changes ${probe.property} of ${probe.selector}`, async () => {
      let el: UrgentActionElement;
      if (probe.selector === '.placeholder') {
        // Still loading: the answer comes late.
        el = await fixture(html`<urgent-action src="/test-api/case?delay=2000"></urgent-action>`);
      } else {
        el = await renderCase(await seedCase());
      }
      // Firefox matches :focus-visible on a scripted focus only when asked to.
      if (probe.selector.includes('focus')) $(el, 'button').focus({ focusVisible: true } as FocusOptions);
      if (probe.selector.includes('report-dialog')) await openReport(el);
      const node = $(el, probe.selector);
      const before = getComputedStyle(node, probe.pseudo).getPropertyValue(probe.property);
      el.style.setProperty(name, probe.value);
      const after = getComputedStyle(node, probe.pseudo).getPropertyValue(probe.property);
      expect(after).to.equal(probe.expected);
      expect(before, 'the default differs from the probe').not.to.equal(after);
    });
  }

  it('inherits the page font family by default', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif"><urgent-action .case=${await seedCase()}></urgent-action></div>`,
    );
    const el = wrapper.querySelector('urgent-action')!;
    await el.updateComplete;
    expect(getComputedStyle($(el, '.summary p')).fontFamily).to.equal('Georgia, serif');
  });
});

describe('theming: parts', () => {
  it('names a part for every region documented in custom-elements.json, and documents every part rendered', async () => {
    const rendered = new Set(
      (await renderEveryState()).flatMap((el) => $$(el, '[part]').flatMap((node) => node.getAttribute('part')!.split(/\s+/))),
    );
    const documented = (await elementManifest()).cssParts.map((p: { name: string }) => p.name);
    expect([...rendered].sort()).to.deep.equal([...documented].sort());
  });

  it('lets the page style each part through ::part()', async () => {
    const states = await renderEveryState();
    for (const name of (await elementManifest()).cssParts.map((p: { name: string }) => p.name)) {
      await withPageStyle(`urgent-action::part(${name}) { outline: 5px dashed rgb(0, 128, 1); }`, () => {
        for (const el of states) {
          for (const node of $$(el, '*')) {
            const hasPart = node.part.contains(name);
            expect(
              getComputedStyle(node).outlineColor === 'rgb(0, 128, 1)',
              `${name} on <${node.localName} part="${node.getAttribute('part')}">`,
            ).to.equal(hasPart);
          }
        }
      });
    }
  });
});

/**
 * The widget in each state that shows different parts: an open appeal (whose report offers the organisation's form
 * too), an ended one, an appeal's series with news since the reader acted, and an error.
 */
async function renderEveryState(): Promise<UrgentActionElement[]> {
  const seed = await seedCase();
  // The total from a static file: other test files take the report server down while this one runs.
  const report = { ...seed.report, url: 'https://example.org/report', countUrl: '/test/fixtures/report-total.json' };
  const open = await renderCase({ ...seed, report });
  // The total arrives after the case shows.
  await waitFor(() => $$(open, '[part~="report-total"]').length, 'the total');
  const ended = await renderCase({ ...(await seedCase()), status: 'success', outcome: 'Released.' });
  const series = await renderCase(await seriesCase({ actedDaysAgo: 2.5 }));
  let failed!: UrgentActionElement;
  await captureConsoleErrors(async () => (failed = await renderCase({ version: 1 })));
  return [open, ended, series, failed];
}

describe('light and dark schemes', () => {
  const rootStyle = (el: UrgentActionElement) => getComputedStyle($(el, '.root'));

  it('theme="dark" is dark on a light page and passes axe, colour contrast included', async () => {
    const el = await fixture<UrgentActionElement>(html`<urgent-action theme="dark" .case=${await seedCase()}></urgent-action>`);
    expect(rootStyle(el).colorScheme).to.equal('dark');
    expect(rootStyle(el).backgroundColor).to.equal('rgb(22, 22, 24)');
    expect(getComputedStyle($(el, '[part~="copy-button"]')).backgroundColor).to.equal('rgb(255, 123, 134)');
    await expect(el).to.be.accessible();
  });

  it('the report dialog and its backdrop follow the scheme, and the open dialog passes axe in both', async () => {
    for (const [theme, background, backdrop] of [
      ['light', 'rgb(255, 255, 255)', 'rgba(0, 0, 0, 0.533)'],
      ['dark', 'rgb(22, 22, 24)', 'rgba(0, 0, 0, 0.8)'],
    ] as const) {
      const el = await fixture<UrgentActionElement>(html`<urgent-action theme=${theme} .case=${await seedCase()}></urgent-action>`);
      const dialog = await openReport(el);
      expect(getComputedStyle(dialog).backgroundColor, theme).to.equal(background);
      expect(getComputedStyle(dialog, '::backdrop').backgroundColor, theme).to.equal(backdrop);
      await expect(el).to.be.accessible();
      dialog.close();
    }
  });

  it('the light scheme passes axe too', async () => {
    const el = await fixture<UrgentActionElement>(html`<urgent-action theme="light" .case=${await seedCase()}></urgent-action>`);
    await expect(el).to.be.accessible();
  });

  it('a dark scheme with a failing accent is caught by axe (the check can fail)', async () => {
    const el = await fixture<UrgentActionElement>(html`<urgent-action theme="dark" .case=${await seedCase()}></urgent-action>`);
    el.style.setProperty('--urgent-action-muted', '#333');
    await expect(el).not.to.be.accessible();
  });
});

/** The names in backticks in column `column` of the first table under `## heading` whose header row starts with `header`. */
function readmeColumn(readme: string, heading: string, header: string, column = 0): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`))!;
  const table = section.slice(section.indexOf(`| ${header}`)).split('\n\n')[0]!;
  return table
    .split('\n')
    .slice(2)
    .map((row) => row.split(/(?<!\\)\|/)[column + 1]!.trim())
    .filter((cell) => cell.startsWith('`'))
    .map((cell) => cell.slice(1, cell.indexOf('`', 1)));
}

describe('README.md matches custom-elements.json', () => {
  let readme: string;
  let element: Record<string, any>;
  before(async () => {
    readme = await (await fetch('/README.md')).text();
    element = await elementManifest();
  });
  const names = (list: { name: string }[]) => list.map((item) => item.name).sort();

  it('attributes', () => {
    expect(readmeColumn(readme, 'Attributes and properties', 'attribute').sort()).to.deep.equal(names(element.attributes));
  });

  it('properties and methods', () => {
    const members = element.members.filter((m: any) => !m.privacy && !m.static);
    expect(readmeColumn(readme, 'Attributes and properties', 'attribute', 1).sort()).to.deep.equal(
      names(members.filter((m: any) => m.kind === 'field')),
    );
    for (const method of members.filter((m: any) => m.kind === 'method')) expect(readme).to.contain(`\`${method.name}()\``);
  });

  it('events', () => {
    expect(readmeColumn(readme, 'Events', 'event').sort()).to.deep.equal(names(element.events));
  });

  it('CSS custom properties and parts', () => {
    expect(readmeColumn(readme, 'Theming', 'CSS custom property').sort()).to.deep.equal(names(element.cssProperties));
    expect(readmeColumn(readme, 'Theming', 'part').sort()).to.deep.equal(names(element.cssParts));
  });
});

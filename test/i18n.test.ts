import { expect, fixture, html } from '@open-wc/testing';
import { letterLanguageFor, localiseCase } from '../src/case/localise.js';
import { parseCase } from '../src/case/parse.js';
import type { UrgentActionCase } from '../src/case/schema.js';
import { en, type Catalogue, type MessageKey } from '../src/i18n/en.js';
import { LANGUAGE_MODULES } from '../src/i18n/languages.js';
import { CATALOGUES, createTranslator } from '../src/i18n/translate.js';
import type { UrgentActionElement } from '../src/urgent-action.js';
import { $, $$, attachUntil, loadPage, seedCase, text } from './support/helpers.js';

// Every catalogue, for the checks that compare them all.
before(() => Promise.all(Object.values(LANGUAGE_MODULES).map((load) => load())));

const TRANSLATED_URL = '/demo/cases/ua-126-19-translated.json';
const LANGUAGES = ['fr', 'es', 'ar'] as const;
const enKeys = Object.keys(en) as MessageKey[];

/**
 * Renders `<urgent-action>` inside `<div lang=page>` and waits until it has shown its case, or with `expected: 'error'`
 * until it has failed.
 */
async function renderIn(
  page: string | undefined,
  setup: (el: UrgentActionElement) => void,
  expected: 'load' | 'error' = 'load',
): Promise<UrgentActionElement> {
  const el = document.createElement('urgent-action');
  setup(el);
  await attachUntil(el, expected, () => fixture(html`<div lang=${page ?? ''}>${el}</div>`));
  return el;
}

async function translatedCase(): Promise<Record<string, any>> {
  return (await fetch(TRANSLATED_URL)).json();
}

/** Words a language shares with English: written the same on purpose, not left untranslated. */
const SAME_AS_ENGLISH: Record<string, MessageKey[]> = { fr: ['target.fax'], es: ['target.fax'] };

/** The parts of each English message that a reader would see verbatim (placeholders removed). */
function englishFragments(lang: string): string[] {
  return enKeys.flatMap((key) => {
    if (SAME_AS_ENGLISH[lang]?.includes(key)) return [];
    const english = en[key];
    const forms = typeof english === 'string' ? [english] : Object.values(english);
    return forms.flatMap((form) => form.split(/\{\w+\}/).map((part) => part.trim())).filter((part) => part.length >= 3);
  });
}

function placeholders(message: string | Record<string, string>): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(forms.flatMap((form) => form.match(/\{\w+\}/g) ?? []))].filter((p) => p !== '{count}').sort();
}

describe('interface catalogues', () => {
  it('every catalogue has exactly the keys of en.ts (lists missing and stale keys per language)', () => {
    const problems = Object.entries(CATALOGUES)
      .filter(([lang]) => lang !== 'en')
      .flatMap(([lang, catalogue]) => {
        const keys = Object.keys(catalogue);
        const missing = enKeys.filter((key) => !(key in catalogue));
        const stale = keys.filter((key) => !(key in en));
        return [
          ...(missing.length ? [`${lang} is missing ${missing.length} key(s): ${missing.join(', ')}`] : []),
          ...(stale.length ? [`${lang} has stale key(s) not in en.ts: ${stale.join(', ')}`] : []),
        ];
      });
    expect(problems, `\n${problems.join('\n')}\n`).to.deep.equal([]);
  });

  it('ships English, French, Spanish and Arabic', () => {
    expect(Object.keys(CATALOGUES)).to.have.members(['en', 'fr', 'es', 'ar']);
  });

  it('every translation keeps the placeholders of its English message', () => {
    const wrong = Object.entries(CATALOGUES).flatMap(([lang, catalogue]) =>
      enKeys
        .filter((key) => catalogue[key] && placeholders(catalogue[key]!).join() !== placeholders(en[key]).join())
        .map((key) => `${lang}:${key}`),
    );
    expect(wrong).to.deep.equal([]);
  });

  it('every plural gives the forms its language needs (Intl.PluralRules categories)', () => {
    const lacking = Object.entries(CATALOGUES).flatMap(([lang, catalogue]) => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      return enKeys
        .filter((key) => typeof en[key] !== 'string')
        .flatMap((key) => {
          const message = catalogue[key]!;
          // One string for every count is a complete answer ("{count} mois").
          if (typeof message === 'string') return message.includes('{count}') ? [] : [`${lang}:${key}`];
          // CLDR's "many" for French and Spanish covers millions only; the "other" form reads right there.
          return categories
            .filter((form) => !(form in message) && !(form === 'many' && lang !== 'ar'))
            .map((form) => `${lang}:${key}.${form}`);
        });
    });
    expect(lacking).to.deep.equal([]);
  });

  it('Arabic counts use the zero, one, two, few, many and other forms', () => {
    const t = createTranslator('ar');
    const n = (value: number) => new Intl.NumberFormat('ar').format(value);
    expect(t.t('sentence.years', { count: 0 })).to.equal(`${n(0)} سنة`);
    expect(t.t('sentence.years', { count: 1 })).to.equal('سنة واحدة');
    expect(t.t('sentence.years', { count: 2 })).to.equal('سنتان');
    expect(t.t('sentence.years', { count: 7 })).to.equal(`${n(7)} سنوات`);
    expect(t.t('sentence.years', { count: 12 })).to.equal(`${n(12)} سنة`);
    expect(t.t('sentence.months', { count: 11 })).to.equal(`${n(11)} شهرًا`);
    expect(t.t('sentence.years', { count: 100 })).to.equal(`${n(100)} سنة`);
  });

  it('French and Spanish plurals, numbers and dates follow the language', () => {
    expect(createTranslator('fr').t('sentence.years', { count: 1 })).to.equal('1 an');
    expect(createTranslator('fr').t('sentence.years', { count: 19 })).to.equal('19 ans');
    expect(createTranslator('es').t('sentence.months', { count: 1 })).to.equal('1 mes');
    expect(createTranslator('fr').date('2020-05-14')).to.equal('14 mai 2020');
    expect(createTranslator('es').date('2019-11')).to.equal('noviembre de 2019');
    expect(createTranslator('fr').number(1234)).to.equal(new Intl.NumberFormat('fr').format(1234));
  });

  it('a tag the browser rejects (fr_FR) keeps the French strings, with English number and date formats', () => {
    const t = createTranslator('fr_FR');
    expect(() => t.prepare()).not.to.throw();
    expect(t.t('sentence.years', { count: 19 })).to.equal('19 ans');
    expect(t.date('2019-11-28')).to.equal('November 28, 2019');
    expect(t.language('ru')).to.equal('Russian');
  });

  it('names each language asked for, every time, in the translator’s own language', () => {
    const english = createTranslator('en');
    expect(['ru', 'fr', 'ru', 'uk'].map((tag) => english.language(tag))).to.deep.equal(['Russian', 'French', 'Russian', 'Ukrainian']);
    expect(createTranslator('fr').language('ru')).to.equal('russe');
    expect([english.language('not a tag'), english.language('not a tag')], 'a tag the browser rejects, as given').to.deep.equal([
      'not a tag',
      'not a tag',
    ]);
  });

  it('a string missing from a catalogue falls back to English for that string alone', async () => {
    const partial: Catalogue = { 'letter.copy': 'Kopiera brevet' };
    CATALOGUES['sv'] = partial;
    try {
      const t = createTranslator('sv');
      expect(t.t('letter.copy')).to.equal('Kopiera brevet');
      expect(t.t('report.button')).to.equal(en['report.button']);

      const el = await renderIn(undefined, (el) => {
        el.lang = 'sv';
        el.src = '/demo/cases/ua-126-19.json';
      });
      expect(text($(el, '[part~="copy-button"]'))).to.equal('Kopiera brevet');
      expect(text($(el, '[part~="report-button"]'))).to.equal('Report your action');
      expect($(el, '.root').getAttribute('lang')).to.equal('sv');
    } finally {
      delete CATALOGUES['sv'];
    }
  });
});

describe('language negotiation', () => {
  // The page region's language, then what the element or the case says, and the interface that results.
  const ORDER = [
    { rule: 'the element’s lang comes first', region: 'es', elementLang: 'fr', lang: 'fr', dir: 'ltr', copy: 'Copier la lettre' },
    { rule: 'then the language the case is written in', region: 'fr', caseLang: 'es', lang: 'es', dir: 'ltr', copy: 'Copiar la carta' },
    {
      rule: 'then the closest [lang] ancestor, when the case’s language has no catalogue',
      region: 'ar',
      caseLang: 'ru',
      lang: 'ar',
      dir: 'rtl',
      copy: 'انسخ الرسالة',
    },
  ];
  for (const { rule, region, elementLang, caseLang, lang, dir, copy } of ORDER) {
    it(rule, async () => {
      const data = await seedCase();
      if (caseLang) data.lang = caseLang;
      const el = await renderIn(region, (el) => {
        if (elementLang) el.lang = elementLang;
        el.case = data;
      });
      expect($(el, '.root').getAttribute('lang')).to.equal(lang);
      expect($(el, '.root').getAttribute('dir')).to.equal(dir);
      expect(text($(el, '[part~="copy-button"]'))).to.equal(copy);
    });
  }

  it('case text keeps its own language inside an interface in another (screen readers switch voice)', async () => {
    const data = await seedCase();
    data.lang = 'ru';
    const el = await renderIn('fr', (el) => (el.case = data));
    expect($(el, '.root').getAttribute('lang')).to.equal('fr');
    for (const selector of ['#title', '.country', '[part="summary"] p', '.instructions', '.target-role', '.note', '.salutation']) {
      expect($(el, selector).getAttribute('lang'), selector).to.equal('ru');
    }
    expect($(el, '[part="summary"] [role="heading"]').closest('[lang]')!.getAttribute('lang')).to.equal('fr');
  });

  it('then English', async () => {
    const data = await seedCase();
    data.lang = 'ru';
    const el = await renderIn('de', (el) => (el.case = data));
    expect($(el, '.root').getAttribute('lang')).to.equal('en');
    expect(text($(el, '[part~="copy-button"]'))).to.equal('Copy letter');
  });

  it('the loading message and the errors follow the element’s lang too', async () => {
    const el = document.createElement('urgent-action');
    el.lang = 'es';
    el.src = '/test-api/case?delay=2000';
    await fixture(html`<div>${el}</div>`);
    expect(text($(el, '[role="status"]'))).to.equal('Cargando el llamamiento…');
    const failed = await renderIn(
      undefined,
      (el) => {
        el.lang = 'fr';
        el.src = '/test-api/status?code=404';
      },
      'error',
    );
    expect(text($(failed, '[role="alert"]'))).to.equal('Cet appel ne peut pas être affiché pour le moment. Cet appel est introuvable.');
  });
});

describe('French, Spanish and Arabic rendering', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: a page in ${lang} shows no English interface string, loaded or failed`, async () => {
      const el = await renderIn(lang, (el) => (el.src = TRANSLATED_URL));
      const shown = text($(el, '.root'));
      const labels = $$(el, 'select, input, textarea, button, [role="status"]').map((node) => node.getAttribute('aria-label') ?? '');
      const failed = await renderIn(lang, (el) => (el.src = '/test-api/status?code=500'), 'error');
      const all = [shown, ...labels, text($(failed, '[role="alert"]'))].join('\n');
      const english = englishFragments(lang).filter((fragment) => all.includes(fragment));
      expect(english, `English interface text on the ${lang} page`).to.deep.equal([]);
      expect($(el, '.root').getAttribute('lang')).to.equal(lang);
      expect(shown).to.contain(CATALOGUES[lang]!['letter.copy'] as string);
    });
  }

  for (const lang of LANGUAGES) {
    it(`demo/${lang}.html (the built bundle) shows the appeal in ${lang}, with no English interface string`, async () => {
      const win = await loadPage(`/demo/${lang}.html`);
      try {
        const el = win.document.querySelector('urgent-action')!;
        const root = el.shadowRoot!.querySelector('.root')!;
        expect(root.getAttribute('lang')).to.equal(lang);
        expect(root.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        const shown = (root as HTMLElement).innerText;
        expect(englishFragments(lang).filter((fragment) => shown.includes(fragment))).to.deep.equal([]);
        expect(shown).to.not.contain('Conviction of Crimeans');
      } finally {
        win.frameElement!.remove();
      }
    });
  }

  it('ar: renders right to left and the layout mirrors', async () => {
    const el = await renderIn('ar', (el) => (el.src = TRANSLATED_URL));
    const root = $(el, '.root');
    expect(root.getAttribute('dir')).to.equal('rtl');
    const [nameHeader, sentenceHeader] = $$(el, 'thead th');
    expect(getComputedStyle(nameHeader!).direction).to.equal('rtl');
    // The first column sits on the right, and header text hugs the right edge of its cell.
    expect(nameHeader!.getBoundingClientRect().left).to.be.greaterThan(sentenceHeader!.getBoundingClientRect().left);
    expect(getComputedStyle(nameHeader!).textAlign).to.be.oneOf(['start', 'right']);
    const range = document.createRange();
    range.selectNodeContents(nameHeader!);
    const cell = nameHeader!.getBoundingClientRect();
    const words = range.getBoundingClientRect();
    expect(cell.right - words.right, 'gap on the right').to.be.at.most(parseFloat(getComputedStyle(nameHeader!).paddingRight) + 1);
    expect(words.left - cell.left, 'gap on the left').to.be.greaterThan(cell.right - words.right);
    // Numbers and Latin address lines keep their own order, aligned to the right like the rest.
    const [prosecutor, ambassador] = $$(el, '[part="target"]');
    for (const [node, first, last] of [
      [prosecutor!.querySelector('span.number')!, '+', '0'],
      [ambassador!.querySelector('span.number')!, '2', '5'],
      [ambassador!.querySelector('a.number')!, '2', '0'],
      [ambassador!.querySelector('address')!, '2', 'W'],
    ] as const) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, (n) => (n.textContent!.trim() ? 1 : 3));
      const textNode = walker.nextNode()!;
      const content = textNode.textContent!;
      const x = (index: number) => {
        range.setStart(textNode, index);
        range.setEnd(textNode, index + 1);
        return range.getBoundingClientRect().left;
      };
      expect(x(content.indexOf(first)), `${content}: "${first}" before "${last}"`).to.be.lessThan(x(content.indexOf(last, 1)));
      range.selectNodeContents(textNode);
      const column = node.closest('[part="target"]')!.querySelector('dd.salutation')!.getBoundingClientRect();
      expect(column.right - range.getBoundingClientRect().right, `${content} hugs the right`).to.be.within(0, 2);
    }
    // A note's accent rule is on the reading side: the right.
    const note = $(el, '.note');
    expect(getComputedStyle(note).borderRightWidth).to.equal('3px');
    expect(getComputedStyle(note).borderLeftWidth).to.equal('0px');
  });
});

describe('case content in several languages', () => {
  let data: UrgentActionCase;
  before(async () => {
    const result = parseCase(await translatedCase());
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    data = result.value;
  });

  it('localiseCase picks the exact tag, then the primary subtag, else the case as written', () => {
    expect(localiseCase(data, 'fr').title).to.equal('La condamnation des Criméens doit être annulée');
    expect(localiseCase(data, 'es-MX').lang).to.equal('es');
    expect(localiseCase(data, 'ar-EG').country).to.equal('الاتحاد الروسي');
    expect(localiseCase(data, 'de')).to.equal(data);
    expect(localiseCase(data, undefined)).to.equal(data);
    const regional = { ...data, translations: [...data.translations!, { lang: 'fr-CA', title: 'Titre canadien' }] };
    expect(localiseCase(regional, 'fr-CA').title).to.equal('Titre canadien');
    expect(localiseCase(regional, 'fr-BE').title).to.equal('La condamnation des Criméens doit être annulée');
  });

  it('a translation replaces only what it gives; people and targets keep their facts', () => {
    const fr = localiseCase(data, 'fr');
    expect(fr.people.map((person) => person.name)).to.deep.equal(data.people.map((person) => person.name));
    expect(fr.people[0]!.role).to.equal('Défenseur des droits humains');
    expect(fr.people[1]!.sentence).to.deep.equal({ years: 19 });
    expect(fr.targets[1]!.salutation).to.equal('Monsieur l’Ambassadeur');
    expect(fr.targets[1]!.address).to.deep.equal(data.targets[1]!.address);
    expect(fr.letter.body[0]).to.match(/^Je vous écris/);
    expect(fr.report?.endpoint).to.equal(data.report?.endpoint);
    expect(fr.ua).to.equal('126.19');
  });

  it('the schema refuses a language given twice and unknown translated fields', () => {
    const twice = {
      ...data,
      translations: [
        { lang: 'fr', title: 'Un' },
        { lang: 'FR', title: 'Deux' },
      ],
    };
    const unknown = { ...data, translations: [{ lang: 'fr', deadline: '2020-06-25' }] };
    expect(parseCase(twice).ok).to.equal(false);
    const result = parseCase(unknown);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0]!.path).to.match(/^translations\.0/);
  });

  it('the reader sees the translation for their language: title, summary, people, targets and letter', async () => {
    const el = await renderIn('es', (el) => (el.src = TRANSLATED_URL));
    expect(text($(el, '#title'))).to.equal('Deben anularse las condenas de los hombres de Crimea');
    expect(text($(el, '[part="summary"]'))).to.contain('El Tribunal Militar de Apelación de Rusia');
    expect(text($(el, 'table'))).to.contain('Defensor de los derechos humanos');
    expect(text($(el, 'table'))).to.contain('19 años');
    expect(text($$(el, '[part="target"]')[1]!)).to.contain('Embajada de la Federación Rusa');
    expect(text($(el, '.greeting'))).to.equal('Señor Fiscal Militar Jefe:');
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.match(/^Le escribo en relación con el caso/);
    expect(el.letterText.endsWith('Atentamente,')).to.equal(true);
  });

  it('a reader whose language the case lacks gets the case as written, with the interface in their language', async () => {
    const el = await renderIn(undefined, (el) => {
      el.lang = 'fr';
      el.src = '/demo/cases/ua-126-19.json';
    });
    expect(text($(el, '#title'))).to.equal('Conviction of Crimeans Must be Quashed');
    expect(text($(el, '[part~="copy-button"]'))).to.equal('Copier la lettre');
  });
});

describe('the letter in the addressee’s preferred language', () => {
  /** The translated demo case, with the Ambassador preferring `language`. */
  async function preferring(language: string) {
    const data = await translatedCase();
    data.targets[1].language = language;
    return renderIn('en', (el) => (el.case = data));
  }

  async function choose(el: UrgentActionElement, selector: string, value: string) {
    const select = $(el, selector) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  it('defaults to the addressee’s language when the case has the letter in it, and says so', async () => {
    const el = await preferring('fr');
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.match(/^I am writing to you/);
    expect(el.shadowRoot!.querySelector('#prefers') === null, 'no #prefers').to.be.true;

    await choose(el, '.letter select', '1');
    expect(text($(el, '#prefers'))).to.equal('Anatoly Antonov prefers letters in French.');
    expect($(el, '.letter select').getAttribute('aria-describedby')).to.equal('prefers');
    expect(text($(el, '.greeting'))).to.equal('Monsieur l’Ambassadeur,');
    const textarea = $(el, 'textarea') as HTMLTextAreaElement;
    expect(textarea.value).to.match(/^Je vous écris au sujet/);
    expect(textarea.getAttribute('lang')).to.equal('fr');
    expect(el.letterText).to.match(/^Monsieur l’Ambassadeur,\n\nJe vous écris/);
    expect(el.letterText.endsWith('Je vous prie d’agréer l’expression de ma haute considération.')).to.equal(true);
    // The card says it too, and the interface stays English.
    expect(text($$(el, '[part="target"]')[1]!)).to.contain('Preferred language French');
    expect(text($(el, '[part~="copy-button"]'))).to.equal('Copy letter');
  });

  it('the reader can still write in another language the case offers', async () => {
    const el = await preferring('fr');
    await choose(el, '.letter select', '1');
    const languages = $$(el, '.letter select')[1] as HTMLSelectElement;
    expect([...languages.options].map((option) => option.textContent)).to.deep.equal(['English', 'French', 'Spanish', 'Arabic']);
    expect(languages.value).to.equal('fr');
    languages.value = 'en';
    languages.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '.greeting'))).to.equal('Dear Ambassador,');
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.match(/^I am writing to you/);
  });

  it('an Arabic letter is written right to left, with the Arabic comma', async () => {
    const el = await preferring('ar');
    await choose(el, '.letter select', '1');
    expect(text($(el, '.greeting'))).to.equal('سعادة السفير،');
    expect($(el, 'textarea').getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, 'textarea')).direction).to.equal('rtl');
    expect($(el, '.root').getAttribute('dir')).to.equal('ltr');
  });

  it('keeps the reader’s own words when they change addressee', async () => {
    const el = await preferring('fr');
    const textarea = $(el, 'textarea') as HTMLTextAreaElement;
    textarea.value = 'My own words.';
    textarea.dispatchEvent(new Event('input'));
    await choose(el, '.letter select', '1');
    expect(($(el, 'textarea') as HTMLTextAreaElement).value).to.equal('My own words.');
  });

  it('a preferred language the case has no letter in leaves the letter in the reader’s language', async () => {
    const el = await preferring('ru');
    await choose(el, '.letter select', '1');
    expect(text($(el, '#prefers'))).to.equal('Anatoly Antonov prefers letters in Russian.');
    expect(text($(el, '.greeting'))).to.equal('Dear Ambassador,');
    expect(letterLanguageFor(localiseCase(el.caseData!, 'en'), el.caseData!.targets[1], 'en')).to.equal('en');
  });
});

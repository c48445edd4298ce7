/**
 * The WordPress plug-in on a real WordPress (Debian's 6.1, MariaDB, PHP's built-in server; see test/wordpress/):
 * installed from the built zip, posts with the block and the shortcode by an Administrator and by an Author (no
 * unfiltered_html, so kses filters what they save), read in Chromium as a reader reads them, the settings page used
 * as a site owner uses it, the block in the block editor, and uninstall.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startWordPress } from '../wordpress/site.mjs';

const zip = resolve('dist/urgent-action-wordpress.zip');
const seed = JSON.parse(readFileSync('demo/cases/ua-126-19.json', 'utf8'));
// The test site runs no report service: without countUrl the widget asks for no total that would 404.
delete seed.report.countUrl;
const people = seed.people.map((person) => person.name);
const block = (attributes) => `<!-- wp:urgent-action/appeal ${JSON.stringify(attributes)} /-->`;
const pwned = (n) => `<script>window.__pwned=${n}</script>`;

describe('WordPress plug-in on a real WordPress', { timeout: 600_000 }, () => {
  let site;
  let browser;
  /** Post ids by name. */
  const posts = {};

  before(
    async () => {
      assert.ok(existsSync(zip), `${zip} is missing: run npm run build first`);
      site = await startWordPress();
      mkdirSync(join(site.root, 'cases'));
      writeFileSync(join(site.root, 'cases/ua-126-19.json'), JSON.stringify(seed));
      writeFileSync(join(site.root, 'cases/not-a-case.json'), '{"people": [');
      browser = await puppeteer.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      });
    },
    { timeout: 120_000 },
  );

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  /** Publishes a post through the REST API as `login`, and returns its id. */
  const publish = async (login, name, content) => {
    const post = await site.rest(login, 'POST', '/wp/v2/posts', { title: name, content, status: 'publish' });
    posts[name] = post.id;
    return post.id;
  };
  const rawContent = async (login, id) => (await site.rest(login, 'GET', `/wp/v2/posts/${id}&context=edit`)).content.raw;
  const html = async (id) => (await fetch(`${site.url}/?p=${id}`)).text();

  /**
   * Opens a post as a reader, waits until every widget shows the appeal, and returns what the reader reads in each
   * (shadow DOM text) with the console errors, page errors, dialogs and requests that happened on the way.
   */
  const read = async (id) => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const seen = { errors: [], dialogs: [], requests: [] };
    // The browser asks for /favicon.ico by itself, and a WordPress without a site icon answers 404: not ours.
    const ours = (url = '') => !url.endsWith('/favicon.ico');
    page.on('console', (message) => message.type() === 'error' && ours(message.location()?.url) && seen.errors.push(message.text()));
    page.on('pageerror', (error) => seen.errors.push(error.message));
    page.on('dialog', (dialog) => seen.dialogs.push(dialog.message()) && dialog.dismiss());
    page.on('request', (request) => seen.requests.push(request.url()));
    page.on(
      'response',
      (response) => response.status() >= 400 && ours(response.url()) && seen.errors.push(`${response.status()} ${response.url()}`),
    );
    try {
      await page.goto(`${site.url}/?p=${id}`, { waitUntil: 'load' });
      await page.waitForFunction(
        (title) => {
          const widgets = [...document.querySelectorAll('urgent-action')];
          return widgets.length > 0 && widgets.every((widget) => widget.shadowRoot?.textContent.includes(title));
        },
        { timeout: 60_000 },
        seed.title,
      );
      const state = await page.evaluate(() => ({
        texts: [...document.querySelectorAll('urgent-action')].map((widget) =>
          [...widget.shadowRoot.children].map((child) => child.innerText ?? '').join('\n'),
        ),
        attributes: [...document.querySelectorAll('urgent-action')].map((widget) =>
          Object.fromEntries([...widget.attributes].map((attribute) => [attribute.name, attribute.value])),
        ),
        accent: [...document.querySelectorAll('urgent-action')].map((widget) =>
          getComputedStyle(widget).getPropertyValue('--urgent-action-accent').trim(),
        ),
        modules: [...document.querySelectorAll('script[type="module"]')].map((script) => script.src),
        pwned: window.__pwned,
      }));
      return { ...seen, ...state };
    } finally {
      await context.close();
    }
  };

  const assertAppeal = (reading) => {
    for (const text of reading.texts) {
      assert.match(text, new RegExp(seed.title));
      for (const name of people) assert.ok(text.includes(name), `${name} is on the page`);
    }
    assert.deepEqual(reading.errors, [], 'no console error');
    assert.deepEqual(reading.dialogs, []);
    assert.equal(reading.pwned, undefined, 'no injected script ran');
    const origins = new Set(reading.requests.map((url) => new URL(url).origin));
    assert.deepEqual([...origins], [site.url], 'nothing is fetched from another origin');
    assert.equal(reading.modules.filter((src) => src.includes('/urgent-action/assets/urgent-action.js')).length, 1, 'one module tag');
  };

  test('the zip installs and activates as Plugins → Add New → Upload does', async () => {
    const result = await site.php('plugin', zip);
    assert.deepEqual(result, { installed: true, file: 'urgent-action/urgent-action.php', activated: true, errors: [] });
    // The entry and every chunk next to it, served by the plug-in.
    const modules = readdirSync('dist', { recursive: true }).filter((file) => file.endsWith('.js') && !file.startsWith('builder'));
    assert.ok(modules.includes('urgent-action.js'));
    for (const file of modules) {
      const served = await fetch(`${site.url}/wp-content/plugins/urgent-action/assets/${file}`);
      assert.equal(served.status, 200, file);
      assert.equal(await served.text(), readFileSync(join('dist', file), 'utf8'), file);
    }
  });

  test('an Author, without unfiltered_html, publishes the block and the shortcode: kses runs and the block stays', async () => {
    assert.equal(site.users.author.unfilteredHtml, false);
    const id = await publish(
      'author',
      'author-block',
      `<!-- wp:paragraph --><p>Six men${pwned('"kses"')}</p><!-- /wp:paragraph -->\n${block({ src: '/cases/ua-126-19.json', theme: 'light' })}`,
    );
    await publish('author', 'author-shortcode', '[urgent_action src="/cases/ua-126-19.json" lang="en" theme="dark"]');
    const raw = await rawContent('author', id);
    assert.doesNotMatch(raw, /<script/, 'kses filtered what the Author saved');
    assert.ok(raw.includes(block({ src: '/cases/ua-126-19.json', theme: 'light' })), raw);
  });

  test('an Administrator publishes the block and the shortcode', async () => {
    assert.equal(site.users.admin.unfilteredHtml, true);
    await publish('admin', 'admin-block', block({ src: `${site.url}/cases/ua-126-19.json`, headingLevel: 3 }));
    await publish('admin', 'admin-shortcode', '[urgent_action src="/cases/ua-126-19.json"]');
  });

  for (const name of ['admin-block', 'admin-shortcode', 'author-block', 'author-shortcode']) {
    test(`${name}: a reader sees the UA 126.19 appeal, served inline from the page`, async () => {
      const page = await html(posts[name]);
      const element = /<urgent-action [^>]*>([\s\S]*?)<\/urgent-action>/.exec(page);
      assert.ok(element, 'the element is in the page');
      const inline = /<script type="application\/json">(.*?)<\/script>/.exec(element[1]);
      assert.deepEqual(JSON.parse(inline[1]), seed, 'the case is inside the element');
      assert.match(
        element[1],
        new RegExp(`<a href="[^"]*/cases/ua-126-19.json">${seed.title}</a>`),
        'a link for readers without the script',
      );
      const reading = await read(posts[name]);
      assertAppeal(reading);
      assert.match(reading.attributes[0].src, /\/cases\/ua-126-19\.json$/, 'src stays, for the widget to refresh');
    });
  }

  test('the block and shortcode settings reach the element', async () => {
    const [adminBlock] = (await read(posts['admin-block'])).attributes;
    assert.equal(adminBlock['heading-level'], '3');
    assert.equal(adminBlock.class, 'wp-block-urgent-action-appeal');
    assert.equal((await read(posts['author-block'])).attributes[0].theme, 'light');
    const [shortcode] = (await read(posts['author-shortcode'])).attributes;
    assert.equal(shortcode.theme, 'dark');
    assert.equal(shortcode.lang, 'en');
  });

  const assertEscaped = (page) => {
    assert.doesNotMatch(page, /javascript:alert/);
    assert.doesNotMatch(page, /<script>window\.__pwned/);
    assert.doesNotMatch(page, /\son\w+="window\.__pwned/);
    const elements = page.match(/<urgent-action[^>]*>/g) ?? [];
    for (const tag of elements) assert.match(tag, /^<urgent-action (class="[\w -]+" )?src="[^"<>]*"( lang="en")?>$/, tag);
    return elements;
  };
  const quoted = `/cases/ua-126-19.json?q="><script>window.__pwned=1</script>`;

  test('hostile block attributes come out escaped, from an Administrator and from an Author', async () => {
    const hostile = [
      block({ src: 'javascript:alert(document.domain)' }),
      block({ src: quoted, lang: `en"><script>window.__pwned=2</script>`, theme: `"onmouseover="window.__pwned=3` }),
    ].join('\n');
    for (const login of ['admin', 'author']) {
      const id = await publish(login, `${login}-hostile-block`, hostile);
      assert.equal(assertEscaped(await html(id)).length, 1, 'no element for a javascript: URL');
      // What esc_url leaves of the URL still finds the case.
      const reading = await read(id);
      assertAppeal(reading);
      assert.equal(reading.texts.length, 1);
    }
  });

  test('hostile shortcode attributes come out escaped, from an Administrator and from an Author', async () => {
    const hostile = [
      `[urgent_action src="javascript:alert(1)"]`,
      `[urgent_action src='${quoted}' lang='en" onfocus="window.__pwned=4' theme='"><script>window.__pwned=5</script>']`,
    ].join('\n');
    for (const login of ['admin', 'author']) {
      const id = await publish(login, `${login}-hostile-shortcode`, hostile);
      assert.equal(assertEscaped(await html(id)).length, 1, 'no element for a javascript: URL');
      // WordPress's own texturize may mangle this shortcode into a URL that finds no case: only escaping is checked.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const dialogs = [];
      page.on('dialog', (dialog) => dialogs.push(dialog.message()) && dialog.dismiss());
      await page.goto(`${site.url}/?p=${id}`, { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(dialogs, []);
      await context.close();
    }
  });

  test('a case that is missing or not a case leaves the element with its src and a link to the appeal', async () => {
    const id = await publish(
      'admin',
      'unreachable',
      `${block({ src: '/cases/missing.json' })}\n[urgent_action src="/cases/not-a-case.json"]`,
    );
    const page = await html(id);
    for (const src of [`${site.url}/cases/missing.json`, `${site.url}/cases/not-a-case.json`]) {
      const element = new RegExp(`<urgent-action [^>]*src="${src}"[^>]*>(.*?)</urgent-action>`).exec(page);
      assert.ok(element, `the element for ${src}`);
      assert.equal(element[1], `<p><a href="${src}">Read the appeal</a></p>`);
    }
  });

  /**
   * A browser context where `login` logged in and landed on `path` (not on the dashboard, whose news feeds and
   * browser checks would ask WordPress.org, which this site cannot reach).
   */
  const logIn = async (login, password, path) => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 860 });
    // The block editor is a heavy page on a machine that may be busy.
    page.setDefaultTimeout(60_000);
    await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(site.url + path)}`);
    // The login page focuses and selects the name field a moment after it loads: typed, the name could lose its first
    // letters to that selection ("The username hor is not registered"), so both fields are filled in directly.
    await page.$eval('#user_login', (input, value) => (input.value = value), login);
    await page.$eval('#user_pass', (input, value) => (input.value = value), password);
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    // On `path`, logged in; if not, what the page says instead (the login form's own error, say).
    const landed = new URL(page.url());
    assert.equal(
      landed.pathname + landed.search,
      path,
      await page.$eval('body', (body) => body.innerText.replace(/\s+/g, ' ').slice(0, 400)),
    );
    return { context, page };
  };
  const settingsPage = `/wp-admin/options-general.php?page=urgent-action`;
  const closeWelcomeGuide = (page) =>
    page.evaluate(() => {
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide'))
        wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
  /** Editor errors that are ours: WordPress's own (avatars and images from the internet, a 403 on templates) are not. */
  const editorProblems = (page) => {
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /urgent-action/i.test(`${message.text()} ${message.location()?.url}`))
        problems.push(message.text());
    });
    return problems;
  };

  test('Settings → Urgent Action: the accent colour and the report origins reach every element', async () => {
    const { context, page } = await logIn('admin', 'admin-password-1', settingsPage);
    try {
      await page.click('.wp-color-result'); // WordPress's colour picker shows the field on "Select Color".
      await page.type('#urgent-action-accent', '#005a9c');
      // The site's own origin too: the seed case reports to /api/reports on it (loopback, so http is allowed).
      await page.type('#urgent-action-report_origins', `https://reports.example.org\n${site.url}\nftp://files.example.org`);
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
      const notices = await page.$$eval('.notice', (found) => found.map((notice) => notice.textContent));
      assert.ok(
        notices.some((text) => text.includes('"ftp://files.example.org" is not an https origin')),
        notices.join(),
      );
    } finally {
      await context.close();
    }
    const reading = await read(posts['author-shortcode']);
    assertAppeal(reading);
    assert.equal(reading.attributes[0]['report-origins'], `https://reports.example.org ${new URL(site.url).origin}`);
    assert.equal(reading.attributes[0].style, '--urgent-action-accent: #005a9c');
    assert.equal(reading.accent[0], '#005a9c');
  });

  test('Settings → Urgent Action: report origins are https origins (http only on loopback), without user or path', async () => {
    const expected = {
      'https://reports.example.org': 'https://reports.example.org',
      'HTTPS://Reports.Example.org:8443/api/reports?x=1': 'https://reports.example.org:8443',
      'http://localhost:8080': 'http://localhost:8080',
      'http://127.0.0.1': 'http://127.0.0.1',
      'http://[::1]:3000': 'http://[::1]:3000',
      'http://reports.example.org': null,
      'https://user:secret@reports.example.org': null,
      'javascript:alert(1)': null,
      'reports.example.org': null,
      'https://exa mple.org': null,
    };
    assert.deepEqual(await site.php('origins', JSON.stringify(Object.keys(expected))), expected);
  });

  test('Settings → Urgent Action: a script URL replaces the bundled copy', async () => {
    const { context, page } = await logIn('admin', 'admin-password-1', settingsPage);
    // Another copy on this same server stands in for a CDN: the test reaches no third party.
    const elsewhere = `${site.url}/wp-content/plugins/urgent-action/assets/urgent-action.js?from=setting`;
    const choose = async (source) => {
      await page.goto(`${site.url}${settingsPage}`);
      await page.click(`input[value="${source}"]`);
      if (source === 'url') await page.type('input[name="urgent_action_settings[script_url]"]', elsewhere);
      await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    };
    try {
      await choose('url');
      const reading = await read(posts['admin-shortcode']);
      assert.deepEqual(
        reading.modules.filter((src) => src.includes('urgent-action.js')),
        [elsewhere],
      );
      assertAppeal({ ...reading, modules: [`${site.url}/wp-content/plugins/urgent-action/assets/urgent-action.js`] });
      await choose('bundled');
      assert.match(
        await html(posts['admin-shortcode']),
        /<script type="module" src="[^"]*\/plugins\/urgent-action\/assets\/urgent-action\.js\?ver=[\d.]+"/,
      );
    } finally {
      await context.close();
    }
  });

  test('block editor: an Author sees the live preview, changes a setting, and Update keeps the block', async () => {
    const id = await publish(
      'author',
      'Six Crimean Tatar men need your letter',
      `<!-- wp:paragraph --><p>Write to the Russian authorities today.</p><!-- /wp:paragraph -->\n${block({ src: '/cases/ua-126-19.json' })}`,
    );
    const { context, page } = await logIn('author', 'author-password-1', `/wp-admin/post.php?post=${id}&action=edit`);
    const problems = editorProblems(page);
    try {
      await page.waitForFunction(
        (title) => document.querySelector('urgent-action')?.shadowRoot?.textContent.includes(title),
        { timeout: 60_000 },
        seed.title,
      );
      assert.equal(await page.$$eval('.block-editor-warning', (found) => found.length), 0, 'the block is valid');
      const preview = await page.$eval('urgent-action', (widget) =>
        [...widget.shadowRoot.children].map((child) => child.innerText ?? '').join('\n'),
      );
      for (const name of people) assert.ok(preview.includes(name), `${name} in the preview`);

      await closeWelcomeGuide(page);
      await page.evaluate(() => {
        const appeal = wp.data
          .select('core/block-editor')
          .getBlocks()
          .find((found) => found.name === 'urgent-action/appeal');
        wp.data.dispatch('core/block-editor').selectBlock(appeal.clientId);
      });
      const headingLevel = await page.waitForFunction(
        () => [...document.querySelectorAll('label')].find((label) => label.textContent === 'Heading level of the title')?.control,
      );
      await headingLevel.select('3');
      await page.waitForFunction(() => document.querySelector('urgent-action')?.getAttribute('heading-level') === '3');
      if (process.env.WORDPRESS_SCREENSHOT) {
        await page.evaluate(() => document.querySelector('.interface-interface-skeleton__content')?.scrollTo(0, 0));
        await page.screenshot({ path: process.env.WORDPRESS_SCREENSHOT });
      }
      await page.click('.editor-post-publish-button');
      await page.waitForFunction(
        () => !wp.data.select('core/editor').isSavingPost() && wp.data.select('core/editor').didPostSaveRequestSucceed(),
        { timeout: 60_000 },
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
    assert.ok((await rawContent('author', id)).includes(block({ src: '/cases/ua-126-19.json', headingLevel: 3 })));
    assert.match(await html(id), /<urgent-action [^>]*heading-level="3"/);
  });

  test('block editor: an Author inserts the block, pastes a case URL, sees the appeal, and publishes', async () => {
    const { context, page } = await logIn('author', 'author-password-1', '/wp-admin/post-new.php');
    const problems = editorProblems(page);
    let id;
    try {
      await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId());
      await closeWelcomeGuide(page);
      await page.click('.edit-post-header-toolbar__inserter-toggle');
      await page.type('.block-editor-inserter__search input', 'Urgent Action');
      await (await page.waitForSelector('.editor-block-list-item-urgent-action-appeal')).click();
      await (await page.waitForSelector('.components-placeholder input[type="url"]')).type('/cases/ua-126-19.json');
      await page.click('.components-placeholder button[type="submit"]');
      await page.waitForFunction(
        (title) => document.querySelector('urgent-action')?.shadowRoot?.textContent.includes(title),
        { timeout: 60_000 },
        seed.title,
      );
      await page.type('.editor-post-title__input', 'Inserted by an Author');
      await page.click('.editor-post-publish-panel__toggle');
      await (await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button')).click();
      await page.waitForFunction(() => wp.data.select('core/editor').isCurrentPostPublished(), { timeout: 60_000 });
      id = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
    assert.ok((await rawContent('author', id)).includes(block({ src: '/cases/ua-126-19.json' })));
    assertAppeal(await read(id));
  });

  test('WordPress 6.5+: the module goes through the Script Modules API, and no tag of our own is printed', async () => {
    // WordPress 6.1 has no such API: site.php defines stand-ins that record their calls, so this checks the plug-in's
    // branch for 6.5+ (what it asks of the API), not WordPress 6.5 itself.
    const { calls, html: content, footer } = await site.php('module-api', String(posts['admin-block']));
    assert.deepEqual(calls, [
      [
        'wp_enqueue_script_module',
        ['urgent-action', `${site.url}/wp-content/plugins/urgent-action/assets/urgent-action.js`, [], calls[0]?.[1][3]],
      ],
    ]);
    assert.match(calls[0][1][3], /^\d+\.\d+\.\d+/, 'versioned by the plug-in');
    assert.match(content, /<urgent-action /);
    assert.doesNotMatch(footer, /urgent-action\.js/);
  });

  test('no PHP notice, warning or error while serving the pages (WP_DEBUG, WP_DEBUG_LOG)', () => {
    assert.deepEqual(phpProblems(site), []);
  });

  test('deleting the plug-in removes its settings and cached cases', async () => {
    const before = await site.php('stored');
    assert.ok(before.includes('urgent_action_settings'), before.join());
    assert.ok(
      before.some((name) => name.startsWith('_transient_urgent_action_case_')),
      before.join(),
    );
    assert.deepEqual(await site.php('uninstall'), { deleted: true, left: false });
    assert.deepEqual(await site.php('stored'), []);
    assert.deepEqual(phpProblems(site), []);
  });
});

/**
 * The debug log's entries, without the deprecations WordPress 6.1's own code raises under PHP 8.2 (core files only:
 * a deprecation in the plug-in still counts).
 */
function phpProblems(site) {
  const core = `${site.root}/wp-(includes|admin)/`;
  return site
    .debugLog()
    .split(/\n(?=\[)/)
    .filter((entry) => entry.trim() && !new RegExp(`PHP Deprecated: .* in ${core}`).test(entry));
}

/** `urgent-action render`: the embed snippet with the appeal pre-rendered as declarative shadow DOM (needs lib/: `npx tsc`). */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const CLI = new URL('../../bin/urgent-action.js', import.meta.url).pathname;
const SEED = new URL('../../demo/cases/ua-126-19.json', import.meta.url).pathname;
const TRANSLATED = new URL('../../demo/cases/ua-126-19-translated.json', import.meta.url).pathname;
const render = (...args) => execFileSync('node', [CLI, 'render', ...args], { encoding: 'utf8' });

describe('urgent-action render', () => {
  it('prints the module script and the element with the whole appeal in a declarative shadow root', () => {
    const out = render(SEED);
    assert.match(
      out,
      /^<script type="module" src="\/js\/urgent-action\.js"><\/script>\n<urgent-action><template shadowrootmode="open"|^<script type="module" src="\/js\/urgent-action\.js"><\/script>\n<urgent-action><template shadowroot="open" shadowrootmode="open">/,
    );
    for (const fact of [
      'Emir-Usein Kuku',
      'Valeriy Georgievich Petrov',
      '19 years',
      'Anatoly Antonov',
      'Dear Ambassador',
      'Yours sincerely,',
    ]) {
      assert.ok(out.includes(fact), fact);
    }
    assert.match(out, /href="tel:\+?\d+"/);
    // The seed has no link of its own: its share links get the page's address when the script takes over.
    assert.doesNotMatch(out, /href="https:\/\/www\.facebook\.com\/sharer/);
    assert.doesNotMatch(out, /invalid\.invalid/);
    assert.match(out, /<textarea[^>]*>I am writing to you/);
    // Without --src the case goes in as inline JSON, for the element to take over from.
    assert.match(out, /<script type="application\/json">\{"\$schema|<script type="application\/json">\{"version"/);
  });

  it('links an official’s e-mail address, and shares the appeal’s own link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'urgent-action-render-'));
    try {
      const data = JSON.parse(readFileSync(SEED, 'utf8'));
      data.targets[0].email = ['prosecutor@example.org'];
      data.link = 'https://example.org/ua-126-19';
      const file = join(dir, 'case.json');
      writeFileSync(file, JSON.stringify(data));
      const out = render(file);
      assert.match(out, /href="mailto:prosecutor@example\.org\?/);
      assert.match(out, /href="https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=https%3A%2F%2Fexample\.org%2Fua-126-19"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('with --src and --lang: the attributes, no inline case, and the interface in that language', () => {
    const out = render(TRANSLATED, '--src', '/cases/ua.json', '--lang', 'fr', '--script', 'https://cdn.example/ua/urgent-action.js');
    assert.match(out, /<script type="module" src="https:\/\/cdn\.example\/ua\/urgent-action\.js"><\/script>/);
    assert.match(out, /<urgent-action src="\/cases\/ua\.json" lang="fr">/);
    assert.doesNotMatch(out, /application\/json/);
    assert.match(out, /Copier la lettre/);
  });

  it('refuses an invalid case with the fields that are wrong', () => {
    const result = spawnSync('node', [CLI, 'render', '-'], { input: '{"version": 1}', encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^id: /m);
  });
});

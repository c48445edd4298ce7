import { expect } from '@open-wc/testing';
import { hasEnded, localDate } from '../src/case/format.js';
import { callScript, composeLetter } from '../src/letter/compose.js';
import { SAFE_URL_LENGTH, composeUrl, safeMailUrl } from '../src/letter/mailto.js';
import { writePrintView } from '../src/letter/print.js';
import { X_LIMIT, fitPost, shareLinks, xLength, xPostUrl } from '../src/social/posts.js';

const TRICKY = 'Fish & chips #1: 100% + more\nnext line 😀 Эмир-Усеин Куку, 漢字, مرحبا';
const letter = { body: ['First sentence, with a comma. Second sentence.', 'More.'], closing: 'Yours,' };

/** Query parameters of a mailto: or https: URL, decoded as a mail client decodes them (no "+" as space). */
function params(url: string): Record<string, string> {
  const query = url.slice(url.indexOf('?') + 1);
  return Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
}

describe('letter composition', () => {
  it('signs with name, then city and country, under the closing; non-Latin names and emoji kept', () => {
    expect(
      composeLetter({
        salutation: 'Уважаемый прокурор',
        body: ' Text 😀 ',
        closing: 'С уважением,',
        signer: ' Эмир ',
        place: 'Київ, Україна',
      }),
    ).to.equal('Уважаемый прокурор,\n\nText 😀\n\nС уважением,\nЭмир\nКиїв, Україна');
    expect(composeLetter({ salutation: 'Dear Sir', body: 'B', closing: 'Yours,', place: 'Paris' })).to.equal(
      'Dear Sir,\n\nB\n\nYours,\nParis',
    );
  });

  it('builds a call script from the letter’s first sentence, unless the case gives one', () => {
    expect(callScript('Hello.', letter)).to.equal('Hello. First sentence, with a comma.');
    expect(callScript('Hello.', { ...letter, body: ['No full stop'] })).to.equal('Hello. No full stop');
    expect(callScript('Hello.', letter, 'Ask for the release.')).to.equal('Ask for the release.');
  });

  it('knows when an appeal has ended: closed, successful or past its deadline', () => {
    const now = new Date(2024, 5, 15, 23, 30);
    expect(localDate(now)).to.equal('2024-06-15');
    expect(hasEnded({ status: 'open', deadline: '2024-06-15' }, now)).to.be.false;
    expect(hasEnded({ status: 'open', deadline: '2024-06-14' }, now)).to.be.true;
    expect(hasEnded({ status: 'open' }, now)).to.be.false;
    expect(hasEnded({ status: 'closed' }, now)).to.be.true;
    expect(hasEnded({ status: 'success', deadline: '2099-01-01' }, now)).to.be.true;
  });
});

describe('mail links', () => {
  const mail = { to: ['office+ua@example.org', 'b@example.org'], subject: 'Free them & #now', body: TRICKY };

  it('encodes every part and breaks lines with CRLF', () => {
    const url = composeUrl('app', mail);
    expect(url.startsWith('mailto:office%2Bua@example.org,b@example.org?subject=')).to.be.true;
    expect(url).not.to.match(/[ \n#&+](?!body=)[^&]*$/);
    expect(url).to.contain('%0D%0A');
    expect(url).not.to.contain('%0A%0D');
    expect(params(url)).to.deep.equal({ subject: 'Free them & #now', body: TRICKY.replace('\n', '\r\n') });
  });

  it('keeps the subject on one line: only the body carries line breaks', () => {
    const broken = { ...mail, subject: 'Free them\r\nBcc: everyone@example.org\nCc: x@example.org\u2028end' };
    for (const client of ['app', 'gmail', 'outlook'] as const) {
      const url = composeUrl(client, broken);
      const subject = params(url)[client === 'gmail' ? 'su' : 'subject']!;
      expect(subject, client).to.equal('Free them Bcc: everyone@example.org Cc: x@example.org end');
      expect(url.slice(0, url.indexOf('&body=')), client).not.to.match(/%0[AD]|%E2%80%A8/i);
      expect(params(url)['body'], client).to.equal(TRICKY.replace('\n', '\r\n'));
    }
  });

  it('opens Gmail and Outlook.com compose pages with the same mail', () => {
    const gmail = composeUrl('gmail', mail);
    const outlook = composeUrl('outlook', mail);
    expect(gmail.startsWith('https://mail.google.com/mail/?view=cm&fs=1&to=')).to.be.true;
    expect(params(gmail)).to.include({
      to: 'office+ua@example.org,b@example.org',
      su: 'Free them & #now',
      body: TRICKY.replace('\n', '\r\n'),
    });
    expect(outlook.startsWith('https://outlook.live.com/mail/0/deeplink/compose?to=')).to.be.true;
    expect(params(outlook)).to.include({ subject: 'Free them & #now', body: TRICKY.replace('\n', '\r\n') });
  });

  it('keeps a short letter in the link, and swaps a 6,000-character one for a paste hint', () => {
    const short = safeMailUrl('app', mail, 'Paste here');
    expect(short.copyFirst).to.be.false;
    expect(params(short.url)['body']).to.equal(TRICKY.replace('\n', '\r\n'));
    for (const client of ['app', 'gmail', 'outlook'] as const) {
      const long = safeMailUrl(client, { ...mail, body: 'é'.repeat(6_000) }, 'Paste here');
      expect(long.copyFirst, client).to.be.true;
      expect(long.url.length).to.be.at.most(SAFE_URL_LENGTH);
      expect(params(long.url)['body']).to.equal('Paste here');
    }
    // Length is measured encoded: 700 characters of Cyrillic are 4,200 in the URL.
    expect(safeMailUrl('app', { ...mail, body: 'ж'.repeat(700) }, '').copyFirst).to.be.true;
  });
});

describe('posts on X', () => {
  it('counts as X does: links 23, CJK and emoji 2, Latin 1', () => {
    expect(xLength('hello')).to.equal(5);
    expect(xLength('see https://example.org/a/very/long/path?with=query')).to.equal(4 + 23);
    expect(xLength('漢字')).to.equal(4);
    expect(xLength('Кук')).to.equal(3);
    expect(xLength('😀')).to.equal(2);
    expect(xLength('👨‍👩‍👧')).to.equal(2);
    expect(xLength('🇺🇦')).to.equal(2);
    expect(xLength('e\u0301')).to.equal(1);
    expect(xLength('“quoted” – ok…')).to.equal(15);
  });

  it('fits a long message into 280, keeping the handle and the link', () => {
    expect(fitPost('@RusEmbUSA Free them', 'https://example.org')).to.equal('@RusEmbUSA Free them https://example.org');
    for (const filler of ['a', '漢', '😀']) {
      const post = fitPost(`@RusEmbUSA ${filler.repeat(400)}`, 'https://example.org/ua');
      expect(xLength(post), filler).to.be.at.most(X_LIMIT);
      expect(xLength(post), filler).to.be.at.least(X_LIMIT - 2);
      expect(post.startsWith('@RusEmbUSA ')).to.be.true;
      expect(post.endsWith('… https://example.org/ua')).to.be.true;
    }
  });

  it('cuts a long post at a grapheme boundary, as late as 280 allows, never inside a link', () => {
    // All in NFC, which X counts in (`x` with an acute accent has no composed form).
    const pieces = ['a', ' ', '漢', 'ж', '😀', '👨‍👩‍👧‍👦', '🇺🇦', '👍🏽', 'x\u0301', 'क्षि', ' https://example.org/a/long/path '];
    const segmenter = new Intl.Segmenter();
    const graphemes = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment);
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    for (let run = 0; run < 60; run++) {
      const text = Array.from({ length: 120 + (next() % 300) }, () => pieces[next() % pieces.length]).join('');
      const link = run % 2 ? 'https://example.org/ua' : '';
      const tail = link ? `… ${link}` : '…';
      const post = fitPost(text, link);
      expect(post.endsWith(tail), text).to.be.true;
      expect(xLength(post), text).to.be.at.most(X_LIMIT);
      const kept = post.slice(0, -tail.length);
      const whole = graphemes(text);
      const cut = graphemes(kept);
      // Every grapheme kept is the text's own, in order: no emoji, flag, family or cluster split.
      expect(whole.slice(0, cut.length).join(''), text).to.equal(kept);
      // One more piece of the text (past any space trimmed away) would not have fitted.
      const rest = text.slice(kept.length).trimStart();
      const nextPiece = /^https?:\/\/\S+/.exec(rest)?.[0] ?? graphemes(rest)[0]!;
      const longer = text.slice(0, text.length - rest.length) + nextPiece;
      // Measured apart: X would take an "…" right after a link as part of it.
      expect(xLength(longer.trimEnd()) + xLength(tail), text).to.be.above(X_LIMIT);
    }
  });

  it('builds the post and share links with the text encoded', () => {
    expect(xPostUrl('a & b #c')).to.equal('https://x.com/intent/tweet?text=a%20%26%20b%20%23c');
    expect(shareLinks('https://example.org/ua?x=1&y=2', 'Title & more')).to.deep.equal([
      { network: 'x', url: 'https://x.com/intent/tweet?text=Title%20%26%20more%20https%3A%2F%2Fexample.org%2Fua%3Fx%3D1%26y%3D2' },
      { network: 'facebook', url: 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fua%3Fx%3D1%26y%3D2' },
      { network: 'email', url: 'mailto:?subject=Title%20%26%20more&body=https%3A%2F%2Fexample.org%2Fua%3Fx%3D1%26y%3D2' },
    ]);
  });
});

describe('print view', () => {
  it('lays out recipient, date and letter as text, never as markup', () => {
    const doc = document.implementation.createHTMLDocument('');
    writePrintView(doc, {
      title: 'UA <1>',
      lang: 'ru',
      recipient: ['<b>Name</b>', '2650 Wisconsin Ave. NW'],
      date: '15 June 2024',
      letter: 'Dear Sir,\n\nLine one\nline two\n\nYours,\nAda',
    });
    expect(doc.title).to.equal('UA <1>');
    expect(doc.documentElement.lang).to.equal('ru');
    expect(doc.querySelector('b')).to.equal(null);
    expect(doc.querySelector('address')!.textContent).to.equal('<b>Name</b>2650 Wisconsin Ave. NW');
    expect([...doc.querySelectorAll('p')].map((p) => p.innerHTML)).to.deep.equal([
      '15 June 2024',
      'Dear Sir,',
      'Line one<br>line two',
      'Yours,<br>Ada',
    ]);
  });
});

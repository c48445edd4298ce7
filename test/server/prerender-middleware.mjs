/**
 * `/test-prerendered/<name>.html`: pages made of `urgent-action render`'s snippet for the seed case (lib/ must be
 * built). `inline`: the case inline; `src`: refreshed from the case's URL; `no-script`: the snippet without its
 * script tag, as a reader with scripts off (or a crawler) gets it.
 */
import { readFileSync } from 'node:fs';

const SEED = new URL('../../demo/cases/ua-126-19.json', import.meta.url);

export async function prerenderMiddleware(context, next) {
  const match = /^\/test-prerendered\/(inline|src|no-script)\.html$/.exec(context.path);
  if (!match) return next();
  const { renderEmbed } = await import('../../bin/render.js');
  const data = JSON.parse(readFileSync(SEED, 'utf8'));
  const kind = match[1];
  let snippet = await renderEmbed(data, {
    script: '/dist/urgent-action.js',
    src: kind === 'src' ? '/demo/cases/ua-126-19.json' : undefined,
  });
  if (kind === 'no-script') snippet = snippet.replace(/^<script type="module"[^>]*><\/script>\n/, '');
  context.type = 'text/html';
  context.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Pre-rendered embed (${kind})</title>
    <link rel="icon" href="data:," />
    <script src="/test/fixtures/record-errors.js"></script>
  </head>
  <body>
    <h1>A partner's article</h1>
    ${snippet}
    <p id="below">Text below the widget.</p>
  </body>
</html>
`;
}

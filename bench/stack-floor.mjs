/**
 * `npm run bench:floor`: what the chosen libraries alone weigh on the critical path, built with the widget's own
 * Vite settings (target, Terser options) around an element that does nothing but use them: Lit with the decorators
 * and directives the widget imports, @lit/task, then zod/mini with the real case schema and parser. Set against the
 * critical path of the last `npm run build`, it shows how many bytes of the budget are left for the element itself.
 */
import { existsSync } from 'node:fs';
import { build, loadConfigFromFile } from 'vite';
import { ENTRY, GZIP_BUDGET, brotli, criticalPath, gzip, moduleGraph } from '../tooling/bundle-size.mjs';

const ENTRY_ID = '\0stack-floor-entry';

/** An element that uses each library piece once, so nothing is shaken out; `validate` adds the case parser. */
const entrySource = (validate) => `
import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
${validate ? `import { parseCase } from '${new URL('../src/case/parse.ts', import.meta.url).pathname}';` : 'const parseCase = (data) => ({ ok: data !== undefined });'}
class FloorElement extends LitElement {
  static styles = css\`:host { display: block }\`;
  static properties = { src: {} };
  task = new Task(this, { task: async ([src]) => parseCase(await (await fetch(src)).json()), args: () => [this.src] });
  render() {
    return html\`<input .value=\${live(this.src ?? '')} title=\${ifDefined(this.src)}>\${guard([this.src], () =>
      this.task.render({ complete: (result) => html\`\${result.ok}\` }))}\`;
  }
}
property()(FloorElement.prototype, 'src');
customElements.define('floor-element', FloorElement);
`;

const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts');

async function sizesOf(validate) {
  const [output] = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'stack-floor-entry',
        resolveId: (id) => (id === ENTRY_ID ? id : undefined),
        load: (id) => (id === ENTRY_ID ? entrySource(validate) : undefined),
      },
    ],
    build: {
      write: false,
      target: config.build.target,
      minify: config.build.minify,
      terserOptions: config.build.terserOptions,
      rollupOptions: { input: ENTRY_ID, onwarn: () => {}, output: { format: 'es', inlineDynamicImports: true } },
    },
  }).then((result) => (Array.isArray(result) ? result : [result]));
  const code = output.output.map((chunk) => chunk.code ?? '').join('');
  return { gzip: gzip(code), brotli: brotli(code) };
}

const n = (bytes) => bytes.toLocaleString('en');
const lit = await sizesOf(false);
const withZod = await sizesOf(true);
console.log(`Lit (element, decorators, guard, ifDefined, live) + @lit/task: ${n(lit.gzip)} B gzip, ${n(lit.brotli)} B brotli`);
console.log(`  + zod/mini, the case schema and parseCase:                ${n(withZod.gzip)} B gzip, ${n(withZod.brotli)} B brotli`);
console.log(`  zod/mini with the schema alone:                           ${n(withZod.gzip - lit.gzip)} B gzip`);
if (existsSync('dist/urgent-action.js')) {
  const graph = moduleGraph();
  const critical = criticalPath(graph);
  const path = critical.reduce((total, file) => total + gzip(graph.get(file).code), 0);
  const entry = gzip(graph.get(ENTRY).code);
  console.log(`Critical path of the last build: ${n(path)} B gzip, of which the entry (case request) ${n(entry)} B.`);
  console.log(
    `Left of the ${n(GZIP_BUDGET)} B budget for the element's own code once the libraries and the entry are in: ` +
      `${n(GZIP_BUDGET - withZod.gzip - entry)} B; the build's element code takes about ${n(path - withZod.gzip - entry)} B.`,
  );
}

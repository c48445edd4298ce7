/**
 * `npm run build`: the script-tag bundle (Vite), the builder page's script, the npm package's ESM and types (tsc), the
 * case JSON Schema, and custom-elements.json; then prints the bundle's sizes against the limit and the goal.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, loadConfigFromFile } from 'vite';
import { reportBundleSize } from '../tooling/bundle-size.mjs';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });

// Chunk names carry a hash: last build's would pile up beside the new ones.
mkdirSync('dist', { recursive: true });
for (const file of readdirSync('dist').filter((name) => name.startsWith('urgent-action'))) rmSync(`dist/${file}`);
run('npx', 'vite', 'build', '--logLevel', 'warn');
// The builder page's script (builder/index.html), with the importer: a separate file, never in the widget's bundle.
const widgetConfig = (await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts', '.', 'silent')).config;
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ...widgetConfig.build,
    minify: true,
    // The page's script and its import worker (the importer, parse5, pdf.js loaded only for a PDF).
    lib: {
      entry: { builder: 'builder/page.ts', 'builder-worker': 'builder/import-worker.ts' },
      formats: ['es'],
      fileName: (_, name) => `${name}.js`,
    },
    rollupOptions: { onwarn: widgetConfig.build.rollupOptions.onwarn, output: { chunkFileNames: 'builder-[name].js' } },
  },
});
// pdf.js's worker, where the import worker looks for it: next to the builder's scripts.
copyFileSync(fileURLToPath(import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs')), 'dist/pdf.worker.min.mjs');
run('npx', 'tsc', '-p', 'tsconfig.json');
run('npx', 'tsc', '-p', 'service/tsconfig.json');

// The report payload's JSON Schema, generated from the zod schema the service validates with (a test checks the
// committed file matches).
const { reportPayloadJsonSchema } = await import('../lib/src/report/payload.js');
writeFileSync('docs/report-payload.schema.json', JSON.stringify(reportPayloadJsonSchema(), null, 2) + '\n');

const { caseJsonSchema } = await import('../lib/src/case/json-schema.js');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/case.schema.json', JSON.stringify(caseJsonSchema(), null, 2) + '\n');

run('npx', 'custom-elements-manifest', 'analyze', '--litelement', '--globs', 'src/urgent-action.ts', 'src/events.ts', '--quiet');

// Printed here; enforced by `npm run size`, which `npm test` runs as a test of its own.
reportBundleSize();
run('node', 'scripts/build-wordpress.mjs');

/**
 * `npm run build`: the script-tag bundle (Vite), the builder page's script, the npm package's ESM and types (tsc), the
 * case JSON Schema, and custom-elements.json; then prints the bundle's sizes against the limit and the goal.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build, loadConfigFromFile } from 'vite';
import { reportBundleSize } from './size.mjs';

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
    lib: { entry: 'builder/page.ts', formats: ['es'], fileName: () => 'builder.js' },
    rollupOptions: { onwarn: widgetConfig.build.rollupOptions.onwarn },
  },
});
run('npx', 'tsc', '-p', 'tsconfig.json');

const { caseJsonSchema } = await import('../lib/src/case/json-schema.js');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/case.schema.json', JSON.stringify(caseJsonSchema(), null, 2) + '\n');

run('npx', 'custom-elements-manifest', 'analyze', '--litelement', '--globs', 'src/urgent-action.ts', 'src/events.ts', '--quiet');

// Printed here; enforced by `node scripts/size.mjs`, which `npm test` runs as a test of its own.
reportBundleSize();

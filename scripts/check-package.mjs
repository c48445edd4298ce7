/**
 * Checks what `npm pack` would publish (run by `npm test` after the build): publint's rules in strict mode, and that
 * every entry point — `main`, `module`, `types`, `customElements`, each `exports` target — is a file in the tarball
 * that the package's own name resolves to. Exits non-zero with one line per problem.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const problems = [];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const { messages } = await publint({ pack: 'npm', strict: true });
for (const message of messages) problems.push(`publint: ${formatMessage(message, pkg)}`);

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const published = new Set(packed.files.map((file) => file.path));
const isPublished = (path) => published.has(path.replace(/^\.\//, ''));

const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets));
const entries = { main: pkg.main, module: pkg.module, types: pkg.types, customElements: pkg.customElements };
for (const [key, target] of Object.entries(pkg.exports)) entries[`exports["${key}"]`] = targets(target);
for (const [field, paths] of Object.entries(entries)) {
  for (const path of [paths].flat()) if (!isPublished(path)) problems.push(`${field} points at ${path}, which is not published`);
}

// What users write: the package name resolves (self-reference through `exports`) to published files.
for (const specifier of ['urgent-action', 'urgent-action/define', 'urgent-action/importer', 'urgent-action/urgent-action.js']) {
  const path = relative('.', fileURLToPath(import.meta.resolve(specifier)));
  if (!isPublished(path)) problems.push(`import '${specifier}' resolves to ${path}, which is not published`);
}

if (isPublished(pkg.customElements)) {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName);
  if (!tags.includes('urgent-action')) problems.push(`${pkg.customElements} declares no <urgent-action> tag`);
}

for (const problem of problems) console.error(problem);
console.log(`package check: ${published.size} files packed, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);

/**
 * The WordPress plug-in as an installable zip, dist/urgent-action-wordpress.zip (run at the end of `npm run build`):
 * wordpress/ with the widget's built modules (the entry and every chunk next to it) in its assets/, and the
 * package's version in the plug-in header. Zipped with the `zip` command (Debian's, or the one macOS ships), so the
 * build needs no archive library.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const slug = 'urgent-action';
const zipFile = resolve('dist/urgent-action-wordpress.zip');
const staging = resolve('.cache/wordpress-zip');
const plugin = join(staging, slug);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync(staging, { recursive: true, force: true });
cpSync('wordpress', plugin, { recursive: true, filter: (path) => !relative('wordpress', path).startsWith('assets') });

// Every module of the widget; the builder page's script is not part of it.
const widgetModules = readdirSync('dist', { recursive: true }).filter((file) => file.endsWith('.js') && !file.startsWith('builder'));
if (!widgetModules.includes('urgent-action.js')) throw new Error('dist/urgent-action.js is missing: build the widget first');
for (const file of widgetModules) {
  mkdirSync(dirname(join(plugin, 'assets', file)), { recursive: true });
  cpSync(join('dist', file), join(plugin, 'assets', file));
}

const stamp = (file, pattern, replacement) => {
  const path = join(plugin, file);
  const text = readFileSync(path, 'utf8');
  if (!pattern.test(text)) throw new Error(`${file}: no version to set`);
  writeFileSync(path, text.replace(pattern, replacement));
};
stamp('urgent-action.php', /^( \* Version: +).*$/m, `$1${version}`);
stamp('urgent-action.php', /^(const URGENT_ACTION_VERSION = ').*(';)$/m, `$1${version}$2`);
stamp('block/block.json', /^(\s*"version": ").*(",)$/m, `$1${version}$2`);

rmSync(zipFile, { force: true });
try {
  execFileSync('zip', ['-r', '-X', '-q', zipFile, slug], { cwd: staging, stdio: 'inherit' });
} catch (error) {
  throw new Error(`zipping the WordPress plug-in failed (is the zip command installed?): ${error.message}`);
}
rmSync(staging, { recursive: true, force: true });
console.log(`${relative('.', zipFile)}: the WordPress plug-in ${version}, with ${widgetModules.length} widget module(s)`);

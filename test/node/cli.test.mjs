/** `urgent-action import` and `urgent-action validate` as a user runs them: exit codes, stdout and stderr. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name) => join(repo, 'test/fixtures/ua-text', name);
const seedCase = join(repo, 'demo/cases/ua-126-19.json');

function cli(args, input) {
  const run = spawnSync(process.execPath, [join(repo, 'bin/urgent-action.js'), ...args], { cwd: repo, input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'urgent-action-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('urgent-action --help', () => {
  it('lists both commands, and each command explains itself and its exit codes', () => {
    const main = cli(['--help']);
    assert.equal(main.status, 0);
    assert.match(main.stdout, /import FILE…\|-/);
    assert.match(main.stdout, /validate FILE\|-/);
    for (const command of ['import', 'validate']) {
      const help = cli([command, '--help']);
      assert.equal(help.status, 0);
      assert.match(help.stdout, new RegExp(`^Usage: urgent-action ${command}`));
      assert.match(help.stdout, /Exit status: 0/);
    }
  });

  it('refuses an unknown command or a missing file argument with status 2', () => {
    assert.equal(cli(['frobnicate']).status, 2);
    assert.equal(cli(['import']).status, 2);
    assert.equal(cli(['import', join(scratch, 'absent.txt')]).status, 2);
  });
});

describe('urgent-action import', () => {
  it('prints the case JSON on stdout and the warnings on stderr, exit 0 for a complete case', () => {
    const run = cli(['import', fixture('labelled-blocks.txt')]);
    assert.equal(run.status, 0, run.stderr);
    const data = JSON.parse(run.stdout);
    assert.equal(data.ua, '60/16');
    assert.equal(data.targets.length, 2);
    const warnings = run.stderr.trim().split('\n');
    assert.ok(warnings.every((line) => line.startsWith('warning: ')));
    assert.ok(warnings.some((line) => line.includes('"Marek Stanholm"') && line.includes('[email protected]')));
  });

  it('reads standard input with "-"', () => {
    const run = cli(['import', '-'], readFileSync(fixture('labelled-blocks.txt'), 'utf8'));
    assert.equal(run.status, 0);
    assert.equal(JSON.parse(run.stdout).title, 'Imprisoned land defenders must be freed');
  });

  it('still prints what a truncated document holds, names the missing fields, and exits 1', () => {
    const run = cli(['import', fixture('truncated.txt')]);
    assert.equal(run.status, 1);
    assert.equal(JSON.parse(run.stdout).ua, '41.23');
    assert.match(run.stderr, /^warning: Missing: letter\.closing/m);
  });

  it('gives output that validate accepts', () => {
    const file = join(scratch, 'imported.json');
    writeFileSync(file, cli(['import', fixture('pdf-export.txt')]).stdout);
    assert.equal(cli(['validate', file]).status, 0);
  });
});

describe('urgent-action validate', () => {
  it('exits 0 for a valid case', () => {
    const run = cli(['validate', seedCase]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /a valid case \(UA 126\.19/);
  });

  it('exits 1 and lists every problem as "path: message"', () => {
    const data = JSON.parse(readFileSync(seedCase, 'utf8'));
    data.people[2].sentence.years = 500;
    data.targets[0].email = ['not an address'];
    delete data.title;
    data.colour = 'red';
    const file = join(scratch, 'invalid.json');
    writeFileSync(file, JSON.stringify(data));
    const run = cli(['validate', file]);
    assert.equal(run.status, 1);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 4, run.stdout);
    for (const path of ['title', 'people.2.sentence.years', 'targets.0.email.0', '(root)']) {
      assert.ok(
        lines.some((line) => line.startsWith(`${path}: `)),
        `${path} in\n${run.stdout}`,
      );
    }
    assert.match(run.stderr, /not a valid case \(4 problems\)/);
  });

  it('exits 1 for a file that is not JSON', () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{"version": 1,');
    const run = cli(['validate', file]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^\(root\): not JSON: /);
  });
});

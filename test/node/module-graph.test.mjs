/**
 * The module graph of src/, importer/ and builder/ (type-only imports included) has no cycle, and inside src/ every
 * arrow points one way: element → controllers → views → domain → utilities.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const ROOTS = ['src', 'importer', 'builder'];

/** Layers of src/, lowest first: a module may import its own layer or a lower one. */
const LAYERS = [
  ['urls.ts', 'load/', 'i18n/', 'browser/'],
  ['case/', 'letter/', 'report/', 'actions/', 'social/', 'events.ts'],
  ['views/'],
  ['controllers/'],
  ['urgent-action.ts', 'define.ts', 'bundle.ts', 'index.ts'],
];

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module and the local modules it imports (by path from the repository root). */
function moduleGraph() {
  const graph = new Map();
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const local = importedFiles
      .map(({ fileName }) => fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => join(dirname(file), name).replace(/\.js$/, '.ts'));
    graph.set(file, local);
  }
  return graph;
}

/** The cycles found by a depth-first walk, each as the list of modules around it. */
function cycles(graph) {
  const found = [];
  const state = new Map();
  const stack = [];
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

function layerOf(file) {
  const path = relative('src', file);
  const layer = LAYERS.findIndex((prefixes) => prefixes.some((prefix) => path === prefix || path.startsWith(prefix)));
  assert.notEqual(layer, -1, `${file} belongs to no layer: add it to LAYERS`);
  return layer;
}

describe('module graph', () => {
  const graph = moduleGraph();

  it('knows every import it follows', () => {
    const missing = [...graph.values()].flat().filter((file) => !graph.has(file));
    assert.deepEqual(missing, []);
  });

  it('has no import cycle', () => {
    assert.deepEqual(
      cycles(graph).map((cycle) => cycle.join(' → ')),
      [],
    );
  });

  it('points one way in src/: element → controllers → views → domain → utilities', () => {
    const upward = [...graph]
      .filter(([file]) => file.startsWith('src/'))
      .flatMap(([file, imports]) => imports.filter((target) => layerOf(target) > layerOf(file)).map((target) => `${file} → ${target}`));
    assert.deepEqual(upward, []);
  });

  it('finds a cycle when there is one', () => {
    assert.deepEqual(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['a']],
        ]),
      ),
      [['a', 'b', 'a']],
    );
  });
});

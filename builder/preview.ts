/**
 * The preview of an unfinished case: the case so far, with a visible marker ("⚠ Missing: title") in each required
 * text field it lacks and in each text field the schema refuses, so the widget shows the author what to add where it
 * would appear. Fields a marker cannot stand in (a UA number, a phone number, an e-mail address) are left out of the
 * preview and listed. Pure: the element renders the result like any case.
 */
import { parseCase } from '../src/case/parse.js';

export interface Preview {
  /** A case the widget accepts; undefined when even the markers could not make one. */
  data: Record<string, unknown> | undefined;
  /** `path: what was done`, for fields the preview could not show in place. */
  notShown: string[];
}

type Json = Record<string, unknown> | unknown[];

export const MARKER = '⚠';
const missing = (what: string) => `${MARKER} Missing: ${what}`;

/** Required fields and what stands in for them while they are missing. */
const STAND_INS: [string, (data: Record<string, unknown>) => unknown][] = [
  ['version', () => 1],
  ['id', () => 'unfinished-case'],
  ['kind', () => 'new'],
  ['lang', () => 'en'],
  ['status', () => 'open'],
  ['people', () => []],
  ['targets', () => []],
  ['actions', (data) => (data.status === 'closed' ? [] : ['write'])],
  ['title', () => missing('title')],
  ['country', () => missing('country')],
  ['summary', () => [missing('summary: the paragraphs readers see first')]],
];

function at(root: Json, path: string[]): { parent: Json; key: string } | undefined {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node && typeof node === 'object' ? { parent: node as Json, key: path[path.length - 1]! } : undefined;
}

function remove({ parent, key }: { parent: Json; key: string }) {
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}

/** The case so far with markers in place of what is missing or invalid. */
export function previewCase(data: Record<string, unknown>): Preview {
  const draft = structuredClone(data) as Record<string, unknown>;
  const notShown: string[] = [];
  for (const [field, standIn] of STAND_INS) if (draft[field] === undefined) draft[field] = standIn(draft);
  if (draft.ua === undefined) {
    draft.ua = '0';
    notShown.push('ua: missing (the preview shows 0)');
  }
  const letter = (draft.letter ?? {}) as Record<string, unknown>;
  if (draft.status === 'open' && (!Array.isArray(letter.body) || !letter.body.length || !letter.closing)) {
    draft.letter = {
      ...letter,
      body: Array.isArray(letter.body) && letter.body.length ? letter.body : [missing('the letter')],
      closing: letter.closing ?? missing('the letter’s closing'),
    };
  }
  // Each round marks or removes what the schema refused; a marker the field does not accept is removed next round.
  for (let round = 0; round < 5; round++) {
    const parsed = parseCase(draft);
    if (parsed.ok) return { data: draft, notShown };
    const problems = parsed.issues;
    // Last first, so that removing an item does not move the ones still to fix.
    const paths = problems.map((issue) => issue.path).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    for (const path of new Set(paths)) {
      const place = path === '(root)' ? undefined : at(draft, path.split('.'));
      if (!place) continue;
      const value = Array.isArray(place.parent) ? place.parent[Number(place.key)] : place.parent[place.key];
      const message = problems.find((issue) => issue.path === path)!.message;
      if (typeof value === 'string' && !value.startsWith(MARKER) && round === 0) {
        place.parent[place.key as never] = `${MARKER} ${path}: ${message}` as never;
      } else {
        remove(place);
        notShown.push(`${path}: ${message} (left out of the preview)`);
      }
    }
  }
  return { data: parseCase(draft).ok ? draft : undefined, notShown };
}

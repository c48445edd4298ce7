/**
 * An appeal's series (the first UA, its updates, the outcome) → one case with its `history`. Documents come in any
 * order: they are put in order by date and kind; the current facts come from the latest document that has them, and
 * an outcome that asks for no further action closes the case. Pure.
 */
import type { HistoryEntry, Person, UrgentActionCase } from '../src/case/schema.js';
import { spellingKey } from './names.js';
import { checkCase, importUrgentAction, type DocumentExtras, type ImportResult } from './parse-ua-text.js';

export interface SeriesDocument extends DocumentExtras {
  /** The document's file name (or another name the author knows it by): warnings name it. */
  name: string;
  /** Its text (PDF and HTML turned into text first: see `readDocument`). */
  text: string;
}

type Case = Partial<UrgentActionCase>;

/** A series runs from the first UA through its updates to the outcome. */
const KIND_ORDER: readonly UrgentActionCase['kind'][] = ['new', 'update', 'outcome'];

/** The case's fields in the schema's order, so that the JSON reads like a hand-written case. */
const FIELD_ORDER = [
  'version',
  'id',
  'ua',
  'kind',
  'title',
  'country',
  'issued',
  'deadline',
  'lang',
  'link',
  'status',
  'outcome',
  'summary',
  'background',
  'people',
  'targets',
  'instructions',
  'actions',
  'letter',
  'report',
  'history',
] as const;
/** Fields that follow from the latest document or from the series as a whole. */
const OF_THE_SERIES = new Set<string>(['version', 'id', 'kind', 'issued', 'deadline', 'status', 'outcome', 'history']);
/** The others: each taken whole from the latest document that has it. */
const CURRENT_FACTS = FIELD_ORDER.filter((field) => !OF_THE_SERIES.has(field)) as (keyof Case)[];

const hasValue = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);

/** Oldest first: by date where both documents have one, else new before update before outcome; else as given. */
function inOrder(a: { case: Case; index: number }, b: { case: Case; index: number }): number {
  if (a.case.issued && b.case.issued && a.case.issued !== b.case.issued) return a.case.issued < b.case.issued ? -1 : 1;
  const rank = (c: Case) => KIND_ORDER.indexOf(c.kind ?? 'update');
  return rank(a.case) - rank(b.case) || a.index - b.index;
}

function historyEntry(imported: Case, name: string, warnings: string[]): HistoryEntry {
  let title = imported.title;
  if (!title) {
    title = name;
    warnings.push(`${name}: no title in the document; its file name stands for it in the history.`);
  }
  const summary = imported.outcome ?? imported.summary?.[0];
  return { kind: imported.kind ?? 'update', ...(imported.issued && { date: imported.issued }), title, ...(summary && { summary }) };
}

const nameKey = (name: string) => name.split(/\s+/).map(spellingKey).join(' ');

/**
 * The people of the latest document that names any, each completed with what earlier documents said of them and it
 * does not (an outcome names the people but rarely repeats their sentences).
 */
function currentPeople(documents: readonly Case[]): Person[] | undefined {
  const latest = [...documents].reverse().find((c) => c.people?.length)?.people;
  if (!latest) return undefined;
  const earlier = new Map<string, Person>();
  for (const person of documents.flatMap((c) => c.people ?? [])) {
    for (const name of [person.name, ...(person.aliases ?? [])]) earlier.set(nameKey(name), { ...earlier.get(nameKey(name)), ...person });
  }
  return latest.map((person) => ({ ...earlier.get(nameKey(person.name)), ...person }));
}

/** Imports several documents of one appeal as one case. One document gives the same case as `importUrgentAction`. */
export function importSeries(documents: readonly SeriesDocument[]): ImportResult {
  if (documents.length === 1) return importUrgentAction(documents[0]!.text, documents[0]);
  const warnings: string[] = [];
  const imported = documents.map((document, index) => ({ ...importUrgentAction(document.text, document), name: document.name, index }));
  const refused = imported.filter((result) => result.error);
  if (refused.length) {
    const error = refused.map((result) => `${result.name}: ${result.error}`).join('\n');
    return { case: {}, warnings: error.split('\n'), missing: [], valid: false, error };
  }
  const ordered = [...imported].sort(inOrder);
  for (const { name, warnings: own } of ordered) {
    // What the series as a whole misses is said once, below; the rest belongs to its document.
    warnings.push(...own.filter((warning) => !warning.startsWith('Missing: ')).map((warning) => `${name}: ${warning}`));
  }
  const numbers = [...new Set(ordered.map((result) => result.case.ua).filter(Boolean))];
  if (numbers.length > 1) warnings.push(`The documents give different UA numbers (${numbers.join(', ')}): the latest is used.`);

  const latest = ordered[ordered.length - 1]!.case;
  const data: Record<string, unknown> = { version: 1 };
  for (const field of CURRENT_FACTS) {
    const source = [...ordered].reverse().find((result) => hasValue(result.case[field]));
    if (source) data[field] = source.case[field];
  }
  data.people = currentPeople(ordered.map((result) => result.case));
  if (typeof data.ua === 'string') data.id = `ua-${data.ua.replace(/[./]/g, '-')}`;
  else data.id = [...ordered].reverse().find((result) => result.case.id)?.case.id;
  data.kind = latest.kind;
  data.issued = latest.issued;
  data.status = latest.status ?? 'open';
  if (latest.status === 'closed') {
    // The outcome asks for nothing more: no one to write to, nothing to do.
    Object.assign(data, { outcome: latest.outcome, targets: [], actions: [], letter: undefined, report: undefined });
  } else {
    data.deadline = latest.deadline;
  }
  data.history = ordered.map((result) => historyEntry(result.case, result.name, warnings));

  const sorted = Object.fromEntries(FIELD_ORDER.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
  return checkCase(sorted, warnings);
}

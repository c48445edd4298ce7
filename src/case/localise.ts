/** Case content in the reader's language: pure, so the choice of translation is testable without a browser. */
import { primaryTag } from '../i18n/translate.js';
import type { Target, UrgentActionCase } from './schema.js';

/** The tag in `tags` that best serves `wanted`: the same tag, else the same primary language ("es-MX" → "es"). */
function bestMatch(tags: readonly string[], wanted: string | undefined): string | undefined {
  if (!wanted) return undefined;
  const lower = wanted.toLowerCase();
  return tags.find((tag) => tag.toLowerCase() === lower) ?? tags.find((tag) => primaryTag(tag) === primaryTag(wanted));
}

/**
 * The case as a reader of `lang` should see it: the best-matching translation laid over the case's own text, with
 * `lang` set to the language chosen. Without a match, the case as written.
 */
export function localiseCase(c: UrgentActionCase, lang: string | undefined): UrgentActionCase {
  const translations = c.translations ?? [];
  const tag = bestMatch([c.lang, ...translations.map((translation) => translation.lang)], lang);
  const translation = translations.find((candidate) => candidate.lang === tag);
  if (!translation) return c;
  const { people, targets, letter, report, history, ...fields } = translation;
  return {
    ...c,
    ...fields,
    people: c.people.map((person, i) => ({ ...person, ...people?.[i] })),
    targets: c.targets.map((target, i) => ({ ...target, ...targets?.[i] })),
    letter: c.letter && { ...c.letter, ...letter },
    ...(c.report && { report: { ...c.report, ...report } }),
    ...(c.history && { history: c.history.map((entry, i) => ({ ...entry, ...history?.[i] })) }),
  };
}

/** The languages the case has a letter in: its own, then each translation that gives the letter's text. */
export function letterLanguages(c: UrgentActionCase): string[] {
  const translations = c.translations ?? [];
  return [c.lang, ...translations.filter((translation) => translation.letter?.body).map((translation) => translation.lang)];
}

/**
 * The language to write to `target` in: the one they prefer when the case has the letter in it, else the reader's
 * (`fallback`) when it has, else the case's own.
 */
export function letterLanguageFor(c: UrgentActionCase, target: Target | undefined, fallback: string): string {
  const languages = letterLanguages(c);
  return bestMatch(languages, target?.language) ?? bestMatch(languages, fallback) ?? c.lang;
}

/** Words for case data: pure, shared by the views and the letter tools. */
import type { Sentence, Target } from './schema.js';
import type { Translator } from '../i18n/translate.js';

/** "12 years", "2 years 6 months", or the sentence's own words ("life"). */
export function sentenceText(sentence: Sentence | undefined, t: Translator): string {
  if (!sentence) return t.t('sentence.none');
  const parts: string[] = [];
  if (sentence.years) parts.push(t.t('sentence.years', { count: sentence.years }));
  if (sentence.months) parts.push(t.t('sentence.months', { count: sentence.months }));
  if (sentence.text) parts.push(sentence.text);
  return parts.length ? parts.join(' ') : t.t('sentence.none');
}

/** "Ambassador, Embassy of the Russian Federation". */
export function targetRole(target: Target): string {
  return [target.title, target.organisation].filter(Boolean).join(', ');
}

/** "Anatoly Antonov (Ambassador)": how a target is named in a list of choices. */
export function targetLabel(target: Target): string {
  return target.title ? `${target.name} (${target.title})` : target.name;
}


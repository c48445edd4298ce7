/**
 * The importer's public entry (`urgent-action/importer`): an Urgent Action document in, a case object and warnings
 * out. Pure functions with no DOM, used by the command line and by the builder page.
 */
export { importUrgentAction, type ImportResult } from './parse-ua-text.js';

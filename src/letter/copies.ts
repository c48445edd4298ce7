/**
 * The letter taken out of the page: printed or saved as a file. A module of its own so that the script-tag build
 * loads it as a chunk on first use; no reader needs it before the appeal shows.
 */
export { downloadText } from './download.js';
export { writePrintView } from './print.js';

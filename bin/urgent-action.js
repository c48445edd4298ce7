#!/usr/bin/env node
/**
 * The package's command line: `urgent-action import FILE…|-` turns Urgent Action documents (text, web page or PDF;
 * one, or an appeal's whole series) into a case JSON, `urgent-action validate FILE|-` checks a case against the
 * schema, `urgent-action serve` runs the report service. Runs the compiled code in lib/ (`npm ci` builds it through
 * the `prepare` script).
 */
import { readFileSync } from 'node:fs';
import { formatIssues, parseCase } from 'urgent-action';
import { importSeries, readDocument } from 'urgent-action/importer';

const HELP = {
  main: `Usage: urgent-action <command> [options]

Commands:
  import FILE…|-    Read Urgent Action documents (text, web page or PDF; several for an appeal's series, or - for
                    standard input) and print the case JSON on standard output, with warnings on standard error.
  validate FILE|-   Check a case JSON against the case format; list every problem as "path: message".
  serve [options]   Run the report service: receives readers' reports, answers totals, exports them.
  render FILE|-     Print the embed snippet with the appeal pre-rendered inside it (declarative shadow DOM).

Run "urgent-action <command> --help" for details.`,
  import: `Usage: urgent-action import FILE… [> case.json]
       urgent-action import - [> case.json]

Reads an Urgent Action document and prints the case JSON on standard output. A document can be plain text (copied
from a web page, or a Word document saved as text), a web page saved as HTML (its article is read, navigation and
footers left out, the report form's link kept) or a PDF (its text read with its layout: columns, page headers,
footers and numbers). Give an appeal's series (first UA, updates, outcome) in any order to get one case with its
history: the current facts come from the latest document, and an outcome asking no further action closes the case.

Warnings go to standard error, one per line, naming the document when there are several: addresses the source
page hid as "[email protected]" (left out, never invented), salutations that had to be made up, contacts that
are not valid, and the required fields the documents do not give.

Exit status: 0 the case is complete and valid; 1 the case is printed but incomplete or invalid (see the warnings);
2 a file could not be read, or is too large for the importer (at most 1,000,000 characters of text, lines of at
most 10,000).`,
  validate: `Usage: urgent-action validate FILE|-

Checks a case JSON against the case format (version 1) and prints every problem as "path: message",
for example "people.2.sentence.years: Too big: expected number to be <=200".

Exit status: 0 valid; 1 invalid (or not JSON); 2 the file could not be read.`,
};

function read(file) {
  try {
    return readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    console.error(`urgent-action: cannot read ${file}: ${error.message}`);
    process.exit(2);
  }
}

async function runImport(files) {
  const documents = [];
  for (const file of files) {
    try {
      documents.push(await readDocument({ name: file === '-' ? 'standard input' : file, bytes: read(file) }));
    } catch (error) {
      console.error(`urgent-action: cannot read ${file}: ${error.message}`);
      return 2;
    }
  }
  const result = importSeries(documents);
  if (result.error) {
    console.error(`urgent-action: ${result.error}`);
    return 2;
  }
  process.stdout.write(JSON.stringify(result.case, null, 2) + '\n');
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  return result.valid ? 0 : 1;
}

function runValidate(file) {
  let data;
  try {
    data = JSON.parse(read(file).toString('utf8'));
  } catch (error) {
    console.log(`(root): not JSON: ${error.message}`);
    return 1;
  }
  const result = parseCase(data);
  if (result.ok) {
    console.log(`${file}: a valid case (UA ${result.value.ua}, ${result.value.title})`);
    return 0;
  }
  console.log(formatIssues(result.issues));
  console.error(`${file}: not a valid case (${result.issues.length} ${result.issues.length === 1 ? 'problem' : 'problems'})`);
  return 1;
}

const [command, ...args] = process.argv.slice(2);
const wantsHelp = args.includes('--help') || args.includes('-h');
if (command === 'serve') {
  // Loaded only here: the other commands need no database driver.
  const { runServe } = await import('../lib/service/serve.js');
  process.exitCode = await runServe(args);
} else if (command === 'render') {
  const { RENDER_HELP, runRender } = await import('./render.js');
  if (wantsHelp) console.log(RENDER_HELP);
  else process.exitCode = await runRender(args, read);
} else if (!command || command === '--help' || command === '-h' || command === 'help') {
  console.log(HELP.main);
} else if (command !== 'import' && command !== 'validate') {
  console.error(`urgent-action: unknown command "${command}"\n\n${HELP.main}`);
  process.exitCode = 2;
} else if (wantsHelp) {
  console.log(HELP[command]);
} else if (args.length === 0 || (command === 'validate' && args.length !== 1) || (args.includes('-') && args.length > 1)) {
  console.error(`${HELP[command]}`);
  process.exitCode = 2;
} else {
  process.exitCode = command === 'import' ? await runImport(args) : runValidate(args[0]);
}

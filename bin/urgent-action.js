#!/usr/bin/env node
/**
 * The package's command line: `urgent-action import FILE|-` turns an Urgent Action document into a case JSON,
 * `urgent-action validate FILE|-` checks a case against the schema. Runs the compiled importer and schema in lib/
 * (`npm ci` builds them through the `prepare` script).
 */
import { readFileSync } from 'node:fs';
import { formatIssues, parseCase } from 'urgent-action';
import { importUrgentAction } from 'urgent-action/importer';

const HELP = {
  main: `Usage: urgent-action <command> [options]

Commands:
  import FILE|-     Read an Urgent Action document as plain text (a file, or - for standard input) and print its
                    case JSON on standard output, with warnings on standard error.
  validate FILE|-   Check a case JSON against the case format; list every problem as "path: message".
  render FILE|-     Print the embed snippet with the appeal pre-rendered inside it (declarative shadow DOM).

Run "urgent-action <command> --help" for details.`,
  import: `Usage: urgent-action import FILE|- [> case.json]

Reads an Urgent Action document (text copied from a web page, or a Word or PDF document saved as text) and prints
the case JSON on standard output. Warnings go to standard error, one per line: addresses the source page hid as
"[email protected]" (left out, never invented), salutations that had to be made up, contacts that are not valid,
and the required fields the document does not give.

Exit status: 0 the case is complete and valid; 1 the case is printed but incomplete or invalid (see the warnings);
2 the file could not be read.`,
  validate: `Usage: urgent-action validate FILE|-

Checks a case JSON against the case format (version 1) and prints every problem as "path: message",
for example "people.2.sentence.years: Too big: expected number to be <=200".

Exit status: 0 valid; 1 invalid (or not JSON); 2 the file could not be read.`,
};

function read(file) {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    console.error(`urgent-action: cannot read ${file}: ${error.message}`);
    process.exit(2);
  }
}

function runImport(file) {
  const result = importUrgentAction(read(file));
  process.stdout.write(JSON.stringify(result.case, null, 2) + '\n');
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  return result.valid ? 0 : 1;
}

function runValidate(file) {
  let data;
  try {
    data = JSON.parse(read(file));
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
if (command === 'render') {
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
} else if (args.length !== 1) {
  console.error(`${HELP[command]}`);
  process.exitCode = 2;
} else {
  process.exitCode = command === 'import' ? runImport(args[0]) : runValidate(args[0]);
}

/** Every text file under content/ is UTF-8 without invisible control characters (see `src/lib/encoding.ts`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles } from '../../content-scan.ts';
import { encodingProblems } from '../../encoding.ts';
import type { Check } from '../context.ts';

/** Files authors write as text; images and other binaries under content/ are skipped. */
const TEXT_FILE = /\.(mdx?|ya?ml|txt|json)$/i;

export const checkEncoding: Check = (site, report) => {
  for (const file of contentFiles(site.root)) {
    if (!TEXT_FILE.test(file)) continue;
    for (const problem of encodingProblems(readFileSync(join(site.root, file)))) {
      if (problem.kind === 'invalid') {
        report('encoding-invalid', file, problem, problem.message, 'Save the file as UTF-8 (in VS Code: "Reopen with Encoding", then "Save with Encoding", UTF-8) and check the characters around this position.');
      } else {
        report('encoding-control-character', file, problem, problem.message, 'Delete it: it is invisible in most editors and breaks search and copy-paste (it usually comes from pasting out of a PDF or a terminal).');
      }
    }
  }
};

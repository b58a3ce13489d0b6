/**
 * MDX pages import shared partials (`import SignIn from '../_shared/sign-in.mdx';`).
 * Pages are compiled when they render, not bundled as modules, so these
 * imports are resolved here: each is taken out of the source (its line left
 * blank, so positions stay those of the file) and handed back for the
 * renderer to supply the partial as a component.
 */
export interface PartialImport {
  /** Local name the page uses, e.g. `SignIn`. */
  name: string;
  /** Path as written, relative to the importing file. */
  source: string;
  /** 1-based line in the given source. */
  line: number;
}

const DEFAULT_MDX_IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"]+\.mdx)\2\s*;?\s*$/;

/** Whether an `import` line is the one supported form: a default import of an `.mdx` partial. */
export function isPartialImport(line: string): boolean {
  return DEFAULT_MDX_IMPORT.test(line.replace(/\r$/, ''));
}

export class UnsupportedImportError extends Error {
  readonly line: number;
  constructor(line: number, text: string) {
    super(`line ${line}: only default imports of .mdx partials are supported (\`import Name from './_shared/file.mdx';\`), found: ${text.trim()}`);
    this.line = line;
  }
}

export function takePartialImports(source: string): { source: string; imports: PartialImport[] } {
  const imports: PartialImport[] = [];
  const lines = source.split('\n');
  lines.forEach((text, index) => {
    if (!/^import\s/.test(text)) return;
    const match = DEFAULT_MDX_IMPORT.exec(text.replace(/\r$/, ''));
    if (!match) throw new UnsupportedImportError(index + 1, text);
    imports.push({ name: match[1]!, source: match[3]!, line: index + 1 });
    lines[index] = '';
  });
  return { source: lines.join('\n'), imports };
}

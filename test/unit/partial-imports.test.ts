import { describe, expect, it } from 'vitest';
import { takePartialImports, UnsupportedImportError } from '../../src/lib/mdx/partial-imports.ts';

describe('partial imports of a page', () => {
  it('takes default .mdx imports out, keeping every other line where it was', () => {
    const source = ["import SignIn from '../_shared/sign-in.mdx';", 'import Steps from "./_shared/steps.mdx"', '', 'Text <SignIn />'].join('\n');
    expect(takePartialImports(source)).toEqual({
      source: ['', '', '', 'Text <SignIn />'].join('\n'),
      imports: [
        { name: 'SignIn', source: '../_shared/sign-in.mdx', line: 1 },
        { name: 'Steps', source: './_shared/steps.mdx', line: 2 },
      ],
    });
  });

  it('rejects any other import with its line', () => {
    expect(() => takePartialImports("Intro\n\nimport { SignIn } from './_shared/sign-in.mdx';\n")).toThrow(UnsupportedImportError);
    expect(() => takePartialImports("\nimport x from 'some-package';\n")).toThrow(/line 2: only default imports of \.mdx partials/);
  });
});

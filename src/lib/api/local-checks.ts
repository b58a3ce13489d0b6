/**
 * API table checks that need only the page itself: constraints fit their
 * types, no duplicate fields, path placeholders match the path-parameter
 * table, and the examples validate against the declared fields. Each problem
 * carries the frontmatter path it is about, so the checker can give its line.
 */
import type { ApiData, ApiField, ParamLocation } from '../../schemas/api.ts';
import { constraintProblems, duplicateNames, pathPlaceholders } from './constraints.ts';
import { validateExample } from './validate-example.ts';

export type ApiProblemCode = 'api-constraint-invalid' | 'api-duplicate-field' | 'api-path-params' | 'api-example-invalid';

export interface ApiProblem {
  code: ApiProblemCode;
  /** Frontmatter path, e.g. `['parameters', 'body', 2, 'range']`. */
  at: (string | number)[];
  message: string;
  hint: string;
}

const LOCATIONS: ParamLocation[] = ['path', 'query', 'header', 'body'];

export function apiLocalProblems(op: ApiData): ApiProblem[] {
  const problems: ApiProblem[] = [];
  const fieldLists: [(string | number)[], readonly ApiField[]][] = [
    ...LOCATIONS.map((location): [(string | number)[], readonly ApiField[]] => [['parameters', location], op.parameters[location]]),
    [['response'], op.response],
  ];
  for (const [base, fields] of fieldLists) checkFields(fields, base, problems);

  const placeholders = pathPlaceholders(op.path);
  const declared = op.parameters.path.map((param) => param.name);
  for (const name of placeholders) {
    if (!declared.includes(name)) {
      problems.push({ code: 'api-path-params', at: ['path'], message: `path placeholder {${name}} has no row in the path-parameter table`, hint: `Add \`${name}\` under \`parameters.path\`.` });
    }
  }
  op.parameters.path.forEach((param, index) => {
    if (!placeholders.includes(param.name)) {
      problems.push({ code: 'api-path-params', at: ['parameters', 'path', index, 'name'], message: `path parameter "${param.name}" does not appear as {${param.name}} in the path`, hint: 'Fix the name, or move the parameter to the query or body table.' });
    }
  });

  for (const location of LOCATIONS) {
    const fields = op.parameters[location];
    const value = op.example.request[location];
    if (fields.length === 0 && value && Object.keys(value).length > 0) {
      problems.push({ code: 'api-example-invalid', at: ['example', 'request', location], message: `the example request has ${location} values, but the operation declares no ${location} parameters`, hint: 'Remove them, or declare the parameters.' });
      continue;
    }
    if (fields.length === 0) continue;
    for (const problem of validateExample(fields, value ?? {}, { mandatory: true })) {
      problems.push({ code: 'api-example-invalid', at: value ? ['example', 'request', location, ...problem.path] : ['example'], message: `example request: ${problem.message}`, hint: exampleHint(problem.kind) });
    }
  }
  if (op.response.length > 0) {
    const body = op.example.response.body;
    if (!body) {
      problems.push({ code: 'api-example-invalid', at: ['example'], message: 'the operation declares response fields but has no example response body', hint: 'Add `example.response.body` with realistic values.' });
    } else {
      for (const problem of validateExample(op.response, body, { mandatory: false })) {
        problems.push({ code: 'api-example-invalid', at: ['example', 'response', 'body', ...problem.path], message: `example response: ${problem.message}`, hint: exampleHint(problem.kind) });
      }
    }
  }
  return problems;
}

function checkFields(fields: readonly ApiField[], base: (string | number)[], problems: ApiProblem[]): void {
  for (const duplicate of duplicateNames(fields)) {
    problems.push({ code: 'api-duplicate-field', at: [...base, duplicate.index, 'name'], message: `"${duplicate.name}" is declared twice at the same level`, hint: 'Keep one row per field.' });
  }
  fields.forEach((field, index) => {
    for (const problem of constraintProblems(field)) {
      problems.push({ code: 'api-constraint-invalid', at: [...base, index, problem.key === 'name' ? 'name' : problem.key], message: problem.message, hint: 'Make the constraint fit the field type (see the value-range column of the vendor table).' });
    }
    if (field.children) checkFields(field.children, [...base, index, 'children'], problems);
  });
}

function exampleHint(kind: string): string {
  switch (kind) {
    case 'unknown-field':
      return 'Remove the field from the example, or declare it in the table.';
    case 'missing-mandatory':
      return 'Add the mandatory field to the example.';
    case 'wrong-type':
      return 'Use a value of the declared type (numbers unquoted, strings quoted).';
    default:
      return 'Use a value that satisfies the declared constraint.';
  }
}

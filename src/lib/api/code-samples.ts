/**
 * Code samples generated from an operation's typed data and example values:
 * curl, TypeScript (fetch), Python (requests) and Java (java.net.http). The
 * token comes from an environment variable named after who may call the API.
 */
import type { ApiData } from '../../schemas/api.ts';

export const SAMPLE_LANGUAGES = [
  { id: 'curl', label: 'curl', prism: 'bash' },
  { id: 'typescript', label: 'TypeScript', prism: 'typescript' },
  { id: 'python', label: 'Python', prism: 'python' },
  { id: 'java', label: 'Java', prism: 'java' },
] as const;
export type SampleLanguage = (typeof SAMPLE_LANGUAGES)[number]['id'];

/** The parts of an operation a sample needs. */
export type SampleInput = Pick<ApiData, 'method' | 'host' | 'path' | 'token' | 'example'>;

interface Request {
  method: string;
  url: string;
  headers: [string, string][];
  body?: string;
  tokenVariable: string;
}

const TOKEN_VARIABLES: Record<ApiData['token'], string> = {
  partner: 'HUAWEICLOUD_PARTNER_TOKEN',
  customer: 'HUAWEICLOUD_CUSTOMER_TOKEN',
  'partner-or-customer': 'HUAWEICLOUD_TOKEN',
};

/** Resolve path placeholders and query values from the example into one request. */
export function buildRequest(op: SampleInput): Request {
  const { path = {}, query = {}, header = {}, body } = op.example.request;
  const resolvedPath = op.path.replace(/\{([^}]+)\}/g, (whole, name: string) => (name in path ? encodeURIComponent(String(path[name])) : whole));
  const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString();
  const headers: [string, string][] = [];
  if (body) headers.push(['Content-Type', 'application/json']);
  for (const [key, value] of Object.entries(header)) headers.push([key, String(value)]);
  return {
    method: op.method,
    url: `https://${op.host}${resolvedPath}${search ? `?${search}` : ''}`,
    headers,
    body: body ? JSON.stringify(body, null, 2) : undefined,
    tokenVariable: TOKEN_VARIABLES[op.token],
  };
}

export function codeSample(op: SampleInput, language: SampleLanguage): string {
  const request = buildRequest(op);
  switch (language) {
    case 'curl':
      return curl(request);
    case 'typescript':
      return typescript(request);
    case 'python':
      return python(request);
    case 'java':
      return java(request);
  }
}

const indent = (text: string, spaces: number) => text.replace(/\n/g, `\n${' '.repeat(spaces)}`);

function curl(r: Request): string {
  const lines = [`curl -X ${r.method} '${r.url}'`, ...r.headers.map(([k, v]) => `  -H '${k}: ${v}'`), `  -H "X-Auth-Token: $${r.tokenVariable}"`];
  if (r.body) lines.push(`  --data '${r.body.replace(/'/g, `'\\''`)}'`);
  return lines.join(' \\\n');
}

function typescript(r: Request): string {
  const headers = [...r.headers.map(([k, v]) => `'${k}': '${v}'`), `'X-Auth-Token': process.env.${r.tokenVariable} ?? ''`];
  return [
    `const response = await fetch('${r.url}', {`,
    `  method: '${r.method}',`,
    `  headers: {`,
    ...headers.map((h) => `    ${h},`),
    `  },`,
    ...(r.body ? [`  body: JSON.stringify(${indent(r.body, 2)}),`] : []),
    `});`,
    `const result = await response.json();`,
    `console.log(response.status, result);`,
  ].join('\n');
}

function python(r: Request): string {
  const headers = [...r.headers.filter(([k]) => k !== 'Content-Type').map(([k, v]) => `"${k}": "${v}"`), `"X-Auth-Token": os.environ["${r.tokenVariable}"]`];
  const args = [`"${r.method}"`, `"${r.url}"`, `headers={${headers.join(', ')}}`];
  if (r.body) args.push(`json=${indent(toPython(JSON.parse(r.body)), 4)}`);
  return ['import os', '', 'import requests', '', 'response = requests.request(', ...args.map((arg) => `    ${arg},`), ')', 'print(response.status_code, response.json())'].join('\n');
}

/** JSON to a Python literal (True/False/None), indented like the JSON. */
function toPython(value: unknown, level = 0): string {
  const pad = '    '.repeat(level + 1);
  const end = '    '.repeat(level);
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.length ? `[\n${value.map((item) => `${pad}${toPython(item, level + 1)},`).join('\n')}\n${end}]` : '[]';
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.length ? `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${toPython(v, level + 1)},`).join('\n')}\n${end}}` : '{}';
}

function java(r: Request): string {
  const publisher = r.body ? 'HttpRequest.BodyPublishers.ofString(body)' : 'HttpRequest.BodyPublishers.noBody()';
  return [
    'import java.net.URI;',
    'import java.net.http.HttpClient;',
    'import java.net.http.HttpRequest;',
    'import java.net.http.HttpResponse;',
    '',
    'public class Example {',
    '    public static void main(String[] args) throws Exception {',
    // Text blocks process backslash escapes, so JSON's own escapes are doubled.
    ...(r.body ? ['        String body = """', `            ${indent(r.body.replace(/\\/g, '\\\\'), 12)}`, '            """;'] : []),
    '        HttpRequest request = HttpRequest.newBuilder()',
    `            .uri(URI.create("${r.url}"))`,
    ...r.headers.map(([k, v]) => `            .header("${k}", "${v}")`),
    `            .header("X-Auth-Token", System.getenv("${r.tokenVariable}"))`,
    `            .method("${r.method}", ${publisher})`,
    '            .build();',
    '        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());',
    '        System.out.println(response.statusCode() + " " + response.body());',
    '    }',
    '}',
  ].join('\n');
}

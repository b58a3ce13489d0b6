/**
 * The small inline markup allowed in frontmatter text that is rendered as
 * HTML (API parameter and response descriptions): `code` and links, including
 * the site's `id:` links. Everything else is plain text.
 */
export type InlineSegment = { kind: 'text'; text: string } | { kind: 'code'; text: string } | { kind: 'link'; text: string; href: string };

const TOKEN = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(source: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index > last) segments.push({ kind: 'text', text: source.slice(last, match.index) });
    if (match[1] !== undefined) segments.push({ kind: 'code', text: match[1] });
    else segments.push({ kind: 'link', text: match[2]!, href: match[3]! });
    last = match.index + match[0].length;
  }
  if (last < source.length) segments.push({ kind: 'text', text: source.slice(last) });
  return segments;
}

/** The link targets in a text, in order. */
export function inlineLinks(source: string): string[] {
  return parseInline(source).flatMap((segment) => (segment.kind === 'link' ? [segment.href] : []));
}

/** The text as CommonMark with each link target passed through `resolve` (for the OpenAPI export). */
export function toCommonMark(source: string, resolve: (href: string) => string): string {
  return parseInline(source)
    .map((segment) => (segment.kind === 'text' ? segment.text : segment.kind === 'code' ? `\`${segment.text}\`` : `[${segment.text}](${resolve(segment.href)})`))
    .join('');
}

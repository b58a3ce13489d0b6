/**
 * `FEEDBACK_URL`, read once at build time: the receiver's base URL (e.g.
 * `https://feedback.example.com`, endpoints under `/v1/`). When it is unset
 * the site renders no widget, sends no search insights and keeps its CSP.
 */
export function feedbackUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.FEEDBACK_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`FEEDBACK_URL must be an absolute URL such as https://feedback.example.com, not "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`FEEDBACK_URL must be an http(s) URL, not "${raw}"`);
  if (url.search || url.hash || url.username) throw new Error(`FEEDBACK_URL must be a base URL without query, fragment or credentials, not "${raw}"`);
  return url.href.replace(/\/+$/, '');
}

/** What the CSP must add for the receiver: exactly its origin, for `fetch` and for the form post. */
export function feedbackCspSources(env: Record<string, string | undefined> = process.env): Record<string, string[]> {
  const url = feedbackUrl(env);
  if (!url) return {};
  const origin = new URL(url).origin;
  return { 'connect-src': [origin], 'form-action': [origin] };
}

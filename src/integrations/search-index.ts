/**
 * Builds the Pagefind index over a built site. Only `data-pagefind-body`
 * content is indexed (set on the article), so chrome, nav and screen-reader
 * text stay out of results.
 */
import * as pagefind from 'pagefind';

export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return { pages: 0, errors };
  try {
    const added = await index.addDirectory({ path: siteDir });
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}

/** Page feedback and search insights, the pure part: what the receiver accepts (schemas), how it limits clients (rate-limit, client-key), what the docs team reads (report), and when the search UI reports a search (insight). The receiver and its stores are in src/server/. */
export * from './schemas.ts';
export * from './rate-limit.ts';
export * from './client-key.ts';
export * from './report.ts';
export * from './insight.ts';
export * from './site-config.ts';

/** Search: query understanding, relaxed matching, typo correction, ranking, excerpts and facets over Pagefind (README: "Search"). */
export * from './combine.ts';
export * from './excerpt.ts';
export * from './facets.ts';
export * from './query.ts';
export * from './rank.ts';
export * from './text.ts';
export * from './typo.ts';
export * from './vocabulary.ts';

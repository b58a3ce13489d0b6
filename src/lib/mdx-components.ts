/**
 * Components every MDX page can use without importing them. The page route
 * passes exactly these (a unit test keeps the two lists equal); the checker
 * flags any other capitalised tag that the page does not import.
 */
export const GLOBAL_MDX_COMPONENTS = ['Callout', 'ErrorCodeRegistry'] as const;

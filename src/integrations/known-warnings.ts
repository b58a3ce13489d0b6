/**
 * Silences one known, harmless bundler warning per MDX page:
 * `MODULE_LEVEL_DIRECTIVE "use astro:head-inject"` from Astro 7 on rolldown
 * (withastro/astro#18087, open). At 10,000 pages it would bury real warnings.
 * Every other warning passes through unchanged.
 */
interface BundlerWarning {
  code?: string;
  message: string;
}

export function onBundlerWarning(warning: BundlerWarning, warn: (warning: BundlerWarning) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

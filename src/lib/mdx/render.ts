/**
 * Renders MDX pages and partials when a page is built, from the source held
 * in the content store: Sätteri compiles and evaluates each document against
 * Astro's JSX runtime, with the site's plugins and Prism highlighting.
 *
 * Why not one Vite module per page: bundling 10,000 MDX modules held about
 * 270 KB of native memory per page in the bundler (4.6 GB at 10,000 pages);
 * compiling at render time keeps memory flat and the bundle small.
 *
 * Partials are compiled once per build (and again on the dev server when
 * their file changes) and shared by every page that imports them.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { evaluate, type Features, type HastPluginEntry, type MdastPluginEntry } from 'satteri';
import { takePartialImports } from './partial-imports.ts';

export interface MdxHeading {
  depth: number;
  slug: string;
  text: string;
}

type MdxComponent = ((props?: Record<string, unknown>) => unknown) & Record<symbol, unknown>;

export interface RenderedMdx {
  /** Renders the document; takes `components` like any MDX content. */
  Content: MdxComponent;
  headings: MdxHeading[];
}

export interface MdxRendererOptions {
  /** Project root; entry file paths are relative to it. */
  root: string;
  /** Dev server: recompile a partial when its file changes. A build compiles each partial once. */
  watch?: boolean;
  features: Features;
  mdastPlugins: readonly MdastPluginEntry[];
  /** Run after syntax highlighting. A plugin may push to `ctx.data.headings`. */
  hastPlugins: readonly HastPluginEntry[];
}

/** An MDX component Astro renders with its JSX renderer, as `@astrojs/mdx` marks compiled modules. */
function asContent(MDXContent: (props: Record<string, unknown>) => unknown, components: Record<string, unknown>): MdxComponent {
  const Content = ((props: Record<string, unknown> = {}) =>
    MDXContent({ ...props, components: { Fragment, ...components, ...(props.components as Record<string, unknown> | undefined) } })) as MdxComponent;
  Content[Symbol.for('mdx-component')] = true;
  Content[Symbol.for('astro.needsHeadRendering')] = true;
  return Content;
}

export function createMdxRenderer(options: MdxRendererOptions) {
  let highlight: ReturnType<typeof satteriCreateHighlightFn> | undefined;
  const partials = new Map<string, { mtime: number; rendered: Promise<RenderedMdx> }>();

  async function compile(source: string, file: string): Promise<RenderedMdx> {
    const { source: body, imports } = takePartialImports(source);
    const components = Object.fromEntries(
      await Promise.all(imports.map(async (entry) => [entry.name, (await partial(resolve(dirname(file), entry.source))).Content] as const)),
    );
    const highlightFn = await (highlight ??= satteriCreateHighlightFn('prism', undefined));
    const data = { headings: [] as MdxHeading[] };
    const module = (await evaluate(body, {
      Fragment,
      jsx: jsx as never,
      jsxs: jsxs as never,
      mdastPlugins: options.mdastPlugins,
      hastPlugins: [...(highlightFn ? [satteriHighlightPlugin(highlightFn, undefined)] : []), ...options.hastPlugins],
      features: options.features,
      elementAttributeNameCase: 'html',
      fileURL: pathToFileURL(file),
      data,
    })) as { default: (props: Record<string, unknown>) => unknown };
    return { Content: asContent(module.default, components), headings: data.headings };
  }

  function partial(file: string): Promise<RenderedMdx> {
    const cached = partials.get(file);
    if (cached && !options.watch) return cached.rendered;
    const mtime = statSync(file).mtimeMs;
    if (cached && cached.mtime === mtime) return cached.rendered;
    const rendered = compile(readFileSync(file, 'utf8'), file);
    partials.set(file, { mtime, rendered });
    return rendered;
  }

  /** A page from the content store: its body and its file path relative to the root. */
  return (entry: { body?: string; filePath?: string }): Promise<RenderedMdx> =>
    compile(entry.body ?? '', resolve(options.root, entry.filePath ?? 'content'));
}

/**
 * Renders MDX pages and partials when a page is built, from the source held
 * in the content store: Sätteri compiles and evaluates each document against
 * Astro's JSX runtime, with the site's plugins and Prism highlighting.
 *
 * Why not one Vite module per page: bundling 10,000 MDX modules held about
 * 270 KB of native memory per page in the bundler (4.6 GB at 10,000 pages);
 * compiling at render time keeps memory flat and the bundle small.
 *
 * Partials are spliced into the page's source before it compiles, so a
 * list that continues across a shared passage is one list (see
 * `splice-partials.ts`); uses that cannot be spliced render the partial as a
 * component. Both are read once per build (and again on the dev server when
 * their file changes) and shared by every page that imports them.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { evaluate, type Features, type HastPluginEntry, type MdastPluginEntry } from 'satteri';
import { takePartialImports } from './partial-imports.ts';
import { splicePartials } from './splice-partials.ts';

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
  interface Partial {
    mtime: number;
    source: string;
    /** Compiled as a component, for uses that are not spliced; on first such use. */
    rendered?: Promise<RenderedMdx>;
  }
  const partials = new Map<string, Partial>();

  async function compile(source: string, file: string): Promise<RenderedMdx> {
    const { source: withoutImports, imports } = takePartialImports(source);
    const files = imports.map((entry) => [entry.name, resolve(dirname(file), entry.source)] as const);
    const body = splicePartials(withoutImports, new Map(files.map(([name, path]) => [name, read(path).source])));
    const unspliced = files.filter(([name]) => new RegExp(`<${name}\\b`).test(body));
    const components = Object.fromEntries(await Promise.all(unspliced.map(async ([name, path]) => [name, (await partial(path)).Content] as const)));
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

  /** A partial's source, read once (on the dev server, again when the file changes). */
  function read(file: string): Partial {
    const cached = partials.get(file);
    if (cached && !options.watch) return cached;
    const mtime = statSync(file).mtimeMs;
    if (cached && cached.mtime === mtime) return cached;
    const fresh: Partial = { mtime, source: readFileSync(file, 'utf8') };
    partials.set(file, fresh);
    return fresh;
  }

  /** A partial as a component, compiled on first use, for the uses that are not spliced. */
  function partial(file: string): Promise<RenderedMdx> {
    const entry = read(file);
    return (entry.rendered ??= compile(entry.source, file));
  }

  /** A page from the content store: its body and its file path relative to the root. */
  return (entry: { body?: string; filePath?: string }): Promise<RenderedMdx> =>
    compile(entry.body ?? '', resolve(options.root, entry.filePath ?? 'content'));
}

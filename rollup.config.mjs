import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import dynamicImportVars from '@rollup/plugin-dynamic-import-vars';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const componentEntries = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/components/${entry.name}/${entry.name}.define.ts`)
  .filter((path) => existsSync(path));

// Every language's texts but English (which travels with its part) are lazy chunks.
const lazyModule = /(date-fns|dompurify|\/i18n\/(?!en\/)[^/]+\/)/;
// What every element needs: Lit, the base element, the shared English texts, the core styles, the loader,
// the URL checks every element applies to the links it shows, the loader's early feed requests, and
// LazyCode, with which each element loads the code of its optional features.
const coreModule =
  /\/src\/cdn\/(press-widgets|autoload)\.ts$|\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|\/src\/(i18n\/(translation|registry|plural|lang|common|en\/common)|styles\/(tokens|host|button)\.styles|controllers\/localize|components\/(press-element|lazy-code)|data\/(urls|early-fetch))\.ts$/;
// What every element with a feed needs: fetching, the store and its cache, reading JSON Feed, sanitizing,
// filtering, and the controller that connects a widget to the store. The RSS and Atom reader, the public
// parseFeed, validation and the DOMPurify engine stay out: each is loaded only when needed.
const dataModule =
  /\/src\/(data\/(?!parse-feed|read-xml|validate-feed|script|index|sanitize-purify)[\w-]+|controllers\/feed|events\/press-(load|error))\.ts$/;
// A directive travels with the one element that uses it.
const directiveModule = /\/node_modules\/(lit|lit-html)\/directives\//;
const chunkOf = (id) =>
  lazyModule.test(id) || directiveModule.test(id)
    ? undefined
    : coreModule.test(id)
      ? 'press-widgets'
      : dataModule.test(id)
        ? 'data'
        : undefined;

const isDependency = (id) => /^(lit|@lit|date-fns|dompurify|tslib)(\/|$)/.test(id);

/**
 * Writes sri.json beside the files: the SRI hash (sha384) of every file of this build, by its path in
 * dist/cdn/, for the script tag's `integrity` and an import map's `integrity` (see README).
 */
function subresourceIntegrity() {
  return {
    name: 'press-sri',
    generateBundle(_options, bundle) {
      const hashes = Object.fromEntries(
        Object.values(bundle)
          .map((file) => [file.fileName, file.type === 'chunk' ? file.code : file.source])
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([name, source]) => [name, `sha384-${createHash('sha384').update(source).digest('base64')}`]),
      );
      this.emitFile({ type: 'asset', fileName: 'sri.json', source: `${JSON.stringify(hashes, null, 2)}\n` });
    },
  };
}

/** Empties the output folder first: chunk names carry hashes, so an old build's chunks would pile up. */
function emptyOutput(dir) {
  return { name: 'press-empty-output', buildStart: () => rmSync(dir, { recursive: true, force: true }) };
}

/** (a) For app developers: one module per source file, with types, dependencies left to their bundler. */
const esm = {
  input: ['src/index.ts', 'src/define.ts', 'src/data/index.ts', ...componentEntries],
  external: isDependency,
  output: {
    dir: 'dist/esm',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
  },
  plugins: [
    emptyOutput('dist/esm'),
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist/esm', declaration: true, declarationDir: 'dist/esm' }),
    dynamicImportVars(),
  ],
};

/**
 * (b) For one script tag: the loader entry and one module per element, minified, with Lit's production
 * build; languages, date-fns and DOMPurify as lazy chunks.
 */
const cdn = {
  input: {
    'press-widgets': 'src/cdn/press-widgets.ts',
    'press-feed': 'src/cdn/press-feed.ts',
    'press-quote': 'src/cdn/press-quote.ts',
    'press-contact-form': 'src/cdn/press-contact-form.ts',
    data: 'src/cdn/data.ts',
  },
  // Lets lazy chunks import shared code from the entry itself instead of a facade and a second file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // A language's part of the texts is named by both, e.g. chunks/sr-Latn-feed-[hash].js.
    chunkFileNames: ({ facadeModuleId }) => {
      const text = facadeModuleId?.match(/\/i18n\/([^/]+)\/([^/]+)\.ts$/);
      return text ? `chunks/${text[1]}-${text[2]}-[hash].js` : 'chunks/[name]-[hash].js';
    },
    // What every widget needs travels in the entry, and what every widget with a feed needs in one data
    // chunk, which the loader requests beside the element's module: a page loads in two steps instead of a
    // waterfall of small shared chunks.
    manualChunks: chunkOf,
  },
  plugins: [
    emptyOutput('dist/cdn'),
    resolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist/cdn', declaration: false }),
    dynamicImportVars(),
    minifyHtmlLiterals(),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    subresourceIntegrity(),
  ],
};

export default [esm, cdn];

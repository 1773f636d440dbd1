import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve as resolvePath } from 'node:path';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

const componentEntries = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/components/${entry.name}/${entry.name}.define.ts`)
  .filter((path) => existsSync(path));

// Dependencies stay imports for the app's bundler, and so does the package's own '#server-window',
// which Node and bundlers resolve by condition through package.json `imports` (see src/data/dom.ts).
const isExternal = (id) =>
  /^(lit|@lit|@lit-labs|date-fns|dompurify|jsdom|tslib|yaml|markdown-it|nodemailer|better-sqlite3|pg)(\/|$)|^#server-window$|^node:/.test(
    id,
  );

/** The SRI hash (sha384) of each file of a bundle, by its path in the output folder. */
const integrityOf = (files) =>
  Object.fromEntries(
    files
      .map((file) => [file.fileName, file.type === 'chunk' ? file.code : file.source])
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, source]) => [name, `sha384-${createHash('sha384').update(source).digest('base64')}`]),
  );

/**
 * Writes sri.json beside the files: the SRI hash of every file of this build, by its path in
 * dist/cdn/, for the script tag's `integrity` (see docs/csp.md).
 */
function subresourceIntegrity() {
  return {
    name: 'press-sri',
    generateBundle(_options, bundle) {
      const hashes = integrityOf(Object.values(bundle));
      this.emitFile({ type: 'asset', fileName: 'sri.json', source: `${JSON.stringify(hashes, null, 2)}\n` });
    },
  };
}

/**
 * Writes importmap.json beside the files: `{ "integrity": { path: hash } }` for every module of this
 * build, languages and date locales included, as an import map's `integrity` wants it: without it a
 * browser checks only the file the script tag names, not what that file imports. The paths are
 * relative to dist/cdn/; a site prefixes them with where it serves the folder (docs/csp.md).
 */
function importMapIntegrity() {
  return {
    name: 'press-import-map',
    generateBundle(_options, bundle) {
      const integrity = integrityOf(Object.values(bundle).filter((file) => file.type === 'chunk'));
      this.emitFile({
        type: 'asset',
        fileName: 'importmap.json',
        source: `${JSON.stringify({ integrity }, null, 2)}\n`,
      });
    },
  };
}

/**
 * Writes dist/cdn-files.json (beside the CDN folder, not in it): each file of the CDN build with the
 * files it imports statically and dynamically and the source modules it holds, so `npm run size` can
 * tell which files a page loads without guessing from file names.
 */
function fileGraph() {
  return {
    name: 'press-file-graph',
    generateBundle(_options, bundle) {
      const files = Object.fromEntries(
        Object.values(bundle)
          .filter((file) => file.type === 'chunk')
          .map((chunk) => [
            chunk.fileName,
            {
              imports: chunk.imports,
              dynamicImports: chunk.dynamicImports,
              modules: Object.keys(chunk.modules).map((id) => relative(process.cwd(), id).replaceAll('\\', '/')),
            },
          ]),
      );
      writeFileSync('dist/cdn-files.json', `${JSON.stringify(files, null, 2)}\n`);
    },
  };
}

/**
 * Each language's texts as files of their own, loaded by a path built at run time, so no build writes a
 * table of every language's file into the code that loads them. The sources write
 * `import(\`./${tag}/feed.ts\`)` (the source file, as the test server and Vite serve it); the build makes
 * that `.js` and emits every language folder's files (English travels with the elements): beside the
 * i18n modules in the ESM build, and as `i18n/<tag>/<part>.js` in the CDN build, reached from wherever
 * the loading code lands.
 */
function languageFiles({ cdn }) {
  const folder = resolvePath('src/i18n');
  const languages = readdirSync(folder, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && entry.name !== 'en',
  );
  const partImport = /import\(`\.\/\$\{(\w+)\}\/([\w-]+)\.ts`\)/g;
  const placeholder = '__press_i18n__';
  return {
    name: 'press-language-files',
    buildStart() {
      for (const { name: tag } of languages)
        for (const file of readdirSync(join(folder, tag)))
          this.emitFile({
            type: 'chunk',
            id: join(folder, tag, file),
            ...(cdn && { fileName: `i18n/${tag}/${file.replace(/\.ts$/, '.js')}` }),
            preserveSignature: 'strict',
          });
    },
    transform(code, id) {
      if (!id.startsWith(folder)) return null;
      const rewritten = code.replace(partImport, (_, tag, part) =>
        cdn ? `import(\`${placeholder}/\${${tag}}/${part}.js\`)` : `import(\`./\${${tag}}/${part}.js\`)`,
      );
      return rewritten === code ? null : { code: rewritten, map: null };
    },
    renderChunk(code, chunk) {
      if (!code.includes(placeholder)) return null;
      const path = posix.relative(posix.dirname(chunk.fileName), 'i18n');
      return { code: code.replaceAll(placeholder, path.startsWith('.') ? path : `./${path}`), map: null };
    },
  };
}

/** In the CDN build, which only browsers load, '#server-window' is the module that has none. */
function browserWindow() {
  return {
    name: 'press-browser-window',
    resolveId: (id) => (id === '#server-window' ? resolvePath('src/data/no-server-window.ts') : null),
  };
}

/** Empties the output folder first: chunk names carry hashes, so an old build's chunks would pile up. */
function emptyOutput(dir) {
  return { name: 'press-empty-output', buildStart: () => rmSync(dir, { recursive: true, force: true }) };
}

/** (a) For app developers: one module per source file, with types, dependencies left to their bundler. */
const esm = {
  input: [
    'src/index.ts',
    'src/define.ts',
    'src/data/index.ts',
    ...componentEntries,
    // What '#server-window' stands for, under each condition.
    'src/data/server-window.ts',
    'src/data/no-server-window.ts',
    // Node only: server rendering, the contact server and the command-line tool.
    'src/ssr/index.ts',
    'src/server/index.ts',
    'src/cli/main.ts',
  ],
  external: isExternal,
  output: {
    dir: 'dist/esm',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
  },
  plugins: [
    emptyOutput('dist/esm'),
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist/esm', declaration: true, declarationDir: 'dist/esm' }),
    // TypeScript writes types for every file of the project; src/cdn/ is the script tag's, built below.
    { name: 'press-no-cdn-types', writeBundle: () => rmSync('dist/esm/cdn', { recursive: true, force: true }) },
    languageFiles({ cdn: false }),
  ],
};

/**
 * Every dynamic import also imports, at once, the chunks its target imports statically, as
 * `<link rel=modulepreload>` would: the browser fetches an element's module and its shared chunks in
 * one round trip instead of discovering the chunks only once the module has arrived.
 */
function importDependenciesAtOnce() {
  return {
    name: 'press-import-dependencies-at-once',
    renderDynamicImport({ getTargetChunkImports }) {
      const imports = getTargetChunkImports()?.filter(({ type }) => type === 'static');
      if (!imports?.length) return null;
      const paths = JSON.stringify(imports.map(({ resolvedImportPath }) => resolvedImportPath));
      // A failed early import is reported by the import that needs it.
      return { left: `(${paths}.forEach((p) => import(p).catch(() => {})), import(`, right: '))' };
    },
  };
}

/**
 * Where the code the widgets load at once goes in the CDN build. Rollup's own chunking makes one file
 * per set of entry points that share a module, which here leaves a dozen files of a few hundred bytes,
 * and every file costs a request and the compression it cannot share with the others. So, from the
 * module graph:
 * - what the loader imports, and what the elements share (Lit, the base element, localization, the shared
 *   styles and helpers), is the loader's file: no page loads the loader without an element;
 * - what a widget needs to read a feed (the feed controller and the quote's chooser, with all they import:
 *   the whole data layer) is one `feeds` chunk, which a quote or a form without a feed never loads;
 * - what some elements share but not all is a file of its own only when it is worth a request;
 * - the rest is Rollup's to place: an element's own code in its module, and what is heavy or rare
 *   (DOMPurify, the RSS and Atom reader, date-fns, other languages) in chunks loaded when used.
 */
function sharedChunks() {
  const path = (file) => resolvePath(file);
  const loader = path('src/cdn/press-widgets.ts');
  const elementModules = ['press-feed', 'press-quote', 'press-contact-form'].map((tag) => path(`src/cdn/${tag}.ts`));
  const feedRoots = ['src/controllers/feed.ts', 'src/components/press-quote/select-quotes.ts'].map(path);
  // About 2 KB gzip of code, as Rollup measures it before minifying: less is not worth a request.
  const minOwnFile = 8 * 1024;
  let groups;
  return (id, { getModuleInfo }) => {
    if (!groups) {
      // A module and everything it imports statically, not entering `stop`.
      const closure = (root, stop = new Set(), seen = new Set()) => {
        if (seen.has(root) || stop.has(root)) return seen;
        seen.add(root);
        for (const imported of getModuleInfo(root)?.importedIds ?? []) closure(imported, stop, seen);
        return seen;
      };
      const loaded = closure(loader);
      // Which elements need a module at once, not counting what they load through the feed code.
      const users = new Map();
      for (const element of elementModules)
        for (const module of closure(element, new Set([...loaded, ...feedRoots])))
          users.set(module, [...(users.get(module) ?? []), element]);
      const readsFeedsAtOnce = (element) => feedRoots.some((root) => closure(element, loaded).has(root));
      const sharedCode = new Map();
      for (const [module, elements] of users)
        if (elements.length > 1)
          sharedCode.set(elements.join(), (sharedCode.get(elements.join()) ?? 0) + getModuleInfo(module).code.length);
      const sharedBy = (elements) =>
        elements.length < elementModules.length && sharedCode.get(elements.join()) >= minOwnFile
          ? elements.map((element) => element.match(/(press-[\w-]+)\.ts$/)[1].slice(6)).join('-and-')
          : 'press-widgets';
      groups = new Map([
        ...feedRoots
          .flatMap((root) => [...closure(root, loaded)])
          .filter((module) => (users.get(module) ?? []).every(readsFeedsAtOnce))
          .map((module) => [module, 'feeds']),
        ...[...users]
          .filter(([, elements]) => elements.length > 1)
          .map(([module, elements]) => [module, sharedBy(elements)]),
        ...[...loaded].map((module) => [module, 'press-widgets']),
        // Lit's directive base, which every directive extends: one copy, with the rest of Lit.
        [path('node_modules/lit-html/directive.js'), 'press-widgets'],
      ]);
    }
    return groups.get(id);
  };
}

/**
 * (b) For one script tag: the loader entry and one module per element, minified, with Lit's production
 * build. Lazy, because heavy or rare: DOMPurify (only without a native Sanitizer), the RSS and Atom
 * reader (only for an XML response), date-fns and its locales (only for relative dates), other
 * languages' texts, and the data layer for a quote or a form written without a feed.
 */
const cdn = {
  // The element modules are not entries of their own: the loader imports each, so Rollup knows that
  // what they share with the loader is already there, and keeps it in the loader's file.
  input: {
    'press-widgets': 'src/cdn/press-widgets.ts',
    data: 'src/cdn/data.ts',
  },
  // Lets chunks import shared code from an entry itself instead of a facade and a second file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Each element's module keeps a plain name beside the loader, for pages that import its class; a
    // date-fns locale is named by its language, which keeps the loader's list of them short.
    chunkFileNames: ({ facadeModuleId }) => {
      const element = facadeModuleId?.match(/\/src\/cdn\/(press-[\w-]+)\.ts$/);
      if (element) return `${element[1]}.js`;
      const dateLocale = facadeModuleId?.match(/\/date-fns\/locale\/([\w-]+)\.js$/);
      return dateLocale ? `date-fns/${dateLocale[1]}.js` : 'chunks/[name]-[hash].js';
    },
    manualChunks: sharedChunks(),
  },
  plugins: [
    emptyOutput('dist/cdn'),
    browserWindow(),
    resolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist/cdn', declaration: false }),
    languageFiles({ cdn: true }),
    minifyHtmlLiterals({ options: { minifyOptions: { ...defaultMinifyOptions, removeAttributeQuotes: true } } }),
    terser({ module: true, ecma: 2022, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } }),
    importDependenciesAtOnce(),
    subresourceIntegrity(),
    importMapIntegrity(),
    fileGraph(),
  ],
};

export default [esm, cdn];

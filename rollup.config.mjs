import { existsSync, readdirSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const componentEntries = readdirSync('src/components', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/components/${entry.name}/${entry.name}.define.ts`)
  .filter((path) => existsSync(path));

const isDependency = (id) => /^(lit|@lit|date-fns|dompurify|tslib)(\/|$)/.test(id);

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
  plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist/esm', declaration: true, declarationDir: 'dist/esm' })],
};

/** (b) For one script tag: everything bundled and minified, Lit's production build, languages as lazy chunks. */
const cdn = {
  input: { 'press-widgets': 'src/cdn.ts' },
  // Lets lazy chunks import shared code from the entry itself instead of a facade and a second file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
    resolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.json', outDir: 'dist/cdn', declaration: false }),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
  ],
};

export default [esm, cdn];

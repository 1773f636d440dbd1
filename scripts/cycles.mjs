// Part of `npm run lint`: fails on any import cycle among the TypeScript files of src/, type-only and
// dynamic imports included, since a plug-in that imports its host's class for a type is still coupled to it.
// Imports are read with TypeScript's own pre-processor, so comments and strings never count as imports.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(process.argv[2] ?? 'src');

function sources(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file an import specifier names, for relative specifiers written with `.js` as the sources do. */
function target(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  return [`${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path));
}

const files = sources(root);
const imports = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return [file, [...new Set(importedFiles.map(({ fileName }) => target(file, fileName)).filter(Boolean))]];
  }),
);

const cycles = [];
const state = new Map(); // 1: on the current path, 2: done
const path = [];
function visit(file) {
  state.set(file, 1);
  path.push(file);
  for (const next of imports.get(file) ?? []) {
    if (state.get(next) === 1) cycles.push([...path.slice(path.indexOf(next)), next]);
    else if (!state.has(next)) visit(next);
  }
  path.pop();
  state.set(file, 2);
}
for (const file of files) if (!state.has(file)) visit(file);

for (const cycle of cycles)
  console.error(`import cycle: ${cycle.map((file) => relative(process.cwd(), file)).join(' -> ')}`);
if (cycles.length) process.exit(1);
console.log(`No import cycles among ${files.length} files of ${relative(process.cwd(), root) || '.'}.`);

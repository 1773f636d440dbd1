// The package as npm will publish it, read from the tarball `npm pack` makes: what publint and
// @arethetypeswrong/cli say of it, and whether every file that package.json, custom-elements.json, the
// declarations and the docs name is in it. `npm test` has built dist/ and the manifest first.
import { after, before, describe, it } from 'node:test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFile(join(root, path), 'utf8');

let folder: string;
let tarball: string;
/** The paths in the tarball, as package.json and the manifest write them (no `./`). */
let packed: Set<string>;

/** The files of this package a manifest's references name; those into other packages (`lit`) carry a `package`. */
function references(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(references);
  if (!node || typeof node !== 'object') return [];
  const own = 'module' in node && !('package' in node) ? [String(node.module)] : [];
  return [...own, ...Object.values(node).flatMap(references)];
}

/** Every string under `value`: the targets of an exports or imports map, whatever its conditions. */
const targets = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets);
const file = (target: string) => posix.normalize(target);

describe('the package npm will publish', () => {
  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'press-pack-'));
    // dist/ is built already: a pack that built it again (prepack) would only take a minute longer.
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], {
      cwd: root,
    });
    const [pack] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
    tarball = join(folder, pack.filename);
    packed = new Set(pack.files.map(({ path }) => path));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  it('holds every file package.json names: exports, imports, bin and the entry fields', async () => {
    const pkg = JSON.parse(await read('package.json'));
    const named = [
      ...targets(pkg.exports),
      ...targets(pkg.imports),
      ...targets(pkg.bin),
      ...['main', 'module', 'types', 'unpkg', 'jsdelivr', 'customElements'].map((field) => pkg[field]),
    ].map(file);
    expect(named.filter((path) => !packed.has(path))).to.deep.equal([]);
    for (const path of ['README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cdn/importmap.json'])
      expect(packed.has(path), path).to.equal(true);
  });

  it('holds every module custom-elements.json names, and each tag is defined in the entry that registers it', async () => {
    const pkg = JSON.parse(await read('package.json'));
    const manifest = JSON.parse(await read('custom-elements.json'));
    const modules = manifest.modules as { path: string; declarations?: Element[]; exports?: Export[] }[];
    const named = [...modules.map(({ path }) => path), ...references(modules)];
    expect(named.filter((path) => !packed.has(path))).to.deep.equal([]);

    const elements = modules.flatMap(({ path, declarations = [] }) =>
      declarations.filter(({ tagName }) => tagName).map((element) => ({ ...element, module: path })),
    );
    expect(elements.map(({ tagName }) => tagName).sort()).to.deep.equal([
      'press-contact-form',
      'press-feed',
      'press-quote',
    ]);
    for (const { tagName, name, module, attributes = [], members = [] } of elements) {
      const entry = file(pkg.exports[`./${tagName}`].default);
      expect(modules.find(({ path }) => path === entry)?.exports, entry).to.deep.include({
        kind: 'custom-element-definition',
        name: tagName,
        declaration: { name, module },
      });
      expect(attributes.map((attribute) => attribute.name)).to.include.members(['lang', 'theme']);
      const hidden = members.filter(
        (member) => member.name.startsWith('#') || (member.privacy ?? 'public') !== 'public',
      );
      expect(hidden, tagName).to.deep.equal([]);
    }
  });

  it('has no declaration without its module, but for the types-only ones the exported types import', async () => {
    const pkg = JSON.parse(await read('package.json'));
    const declarations = [...packed].filter((path) => path.endsWith('.d.ts'));
    const reached = new Set<string>();
    const queue = [pkg.exports, pkg.imports]
      .flatMap(targets)
      .filter((path) => path.endsWith('.d.ts'))
      .map(file);
    for (let path = queue.shift(); path; path = queue.shift()) {
      if (reached.has(path) || !packed.has(path)) continue;
      reached.add(path);
      for (const [, specifier] of (await read(path)).matchAll(
        /(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)\.js['"]/g,
      ))
        queue.push(posix.join(posix.dirname(path), `${specifier}.d.ts`));
    }
    const orphans = declarations.filter((path) => !packed.has(path.replace(/\.d\.ts$/, '.js')) && !reached.has(path));
    expect(orphans).to.deep.equal([]);
  });

  it('declares every package its modules import as a dependency, so that npx press-widgets runs', async () => {
    const pkg = JSON.parse(await read('package.json'));
    // A contact server store's driver is an optional peer: its module is loaded only when a configuration
    // chooses that store, and a missing driver is named with the command that installs it.
    const declared = (name: string) =>
      Object.hasOwn(pkg.dependencies, name) ||
      (Object.hasOwn(pkg.peerDependencies ?? {}, name) && pkg.peerDependenciesMeta?.[name]?.optional === true);
    const imports =
      /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
    const undeclared = new Set<string>();
    for (const path of [...packed].filter((name) => /^(dist\/esm|bin)\/.*\.js$/.test(name)))
      for (const match of (await read(path)).matchAll(imports)) {
        const specifier = match.slice(1).find(Boolean)!;
        if (/^(\.|#|node:)/.test(specifier)) continue;
        const name = specifier
          .split('/')
          .slice(0, specifier.startsWith('@') ? 2 : 1)
          .join('/');
        if (!declared(name)) undeclared.add(`${path} → ${name}`);
      }
    expect([...undeclared]).to.deep.equal([]);
  });

  it('has docs that link only to files in the package', async () => {
    const broken: string[] = [];
    for (const doc of [...packed].filter((path) => path.endsWith('.md')))
      for (const [, link] of (await read(doc)).matchAll(/\]\(([^)\s]+)\)/g)) {
        const path = link.split('#')[0]!;
        // An address with a scheme (https:, mailto:) is outside the package; `#…` is on the same page.
        if (!path || /^[a-z][a-z\d+.-]*:/i.test(path)) continue;
        if (!packed.has(posix.join(posix.dirname(doc), path))) broken.push(`${doc} → ${link}`);
      }
    expect(broken).to.deep.equal([]);
  });

  it('passes publint with no error, warning or suggestion', async () => {
    const bytes = await readFile(tarball);
    const tarballData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball: tarballData }, level: 'suggestion' });
    expect(messages.map((message) => formatMessage(message, pkg, { color: false }))).to.deep.equal([]);
  });

  it('passes @arethetypeswrong/cli for an ESM-only package, but for the script-tag entry, which has no types', async () => {
    // `./cdn` is the loader a page's script tag loads: browser-only, and typed by nothing.
    const require = createRequire(import.meta.url);
    const { bin } = require('@arethetypeswrong/cli/package.json') as { bin: { attw: string } };
    const cli = join(require.resolve('@arethetypeswrong/cli/package.json'), '..', bin.attw);
    const args = [cli, tarball, '--profile', 'esm-only', '--exclude-entrypoints', './cdn', '--no-color', '--no-emoji'];
    const attw = await run(process.execPath, args).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    );
    expect(attw.code, attw.stdout).to.equal(0);
  });
});

interface Element {
  name: string;
  tagName?: string;
  attributes?: { name: string }[];
  members?: { name: string; privacy?: string }[];
}
interface Export {
  kind: string;
  name: string;
  declaration: { name: string; module?: string };
}

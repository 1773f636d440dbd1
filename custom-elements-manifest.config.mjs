import { existsSync } from 'node:fs';
import ts from 'typescript';

// The analyzer reads the sources, but the manifest describes the package as a developer gets it: the
// modules of dist/esm/, the entry that registers each tag, every attribute an element reads, and
// nothing private. Storybook reads the same file for its controls (.storybook/preview.ts).

// Every element takes a `theme`, handled in the shared token styles rather than as a property, and a
// `lang`, read by the localize controller (and by press-feed's filter) rather than declared: neither
// is in the element's JSDoc, so both are added here.
const theme = {
  name: 'theme',
  type: { text: "'light' | 'dark' | 'auto' | 'high-contrast'" },
  description:
    "Colour scheme. Without it the element follows the page's `color-scheme`; `auto` follows the visitor's system setting; `high-contrast` is black and white at WCAG AAA contrast.",
};
const lang = {
  name: 'lang',
  type: { text: 'string' },
  description:
    'Language of the texts (BCP 47 tag, e.g. `sr-Latn`). Without it the nearest ancestor with a `lang`, across shadow roots; a language that is not built in falls back to English.',
};
const feedLang = {
  ...lang,
  description:
    'Language of the texts and of the releases shown: `lang="sr-Latn"` shows the Serbian Latin releases, in Serbian; `lang="sr"` both scripts. A `lang` inherited from the page only sets the texts\' language and hides nothing.',
};

/** `src/components/press-feed/press-feed.ts` (or the analyzer's `/src/….js`) → `dist/esm/components/press-feed/press-feed.js`. */
const built = (path) => path.replace(/^\/?src\//, 'dist/esm/').replace(/\.ts$/, '.js');

/**
 * A developer uses what is public; the rest is the element's own business or its subclasses'. A static
 * field is the class's own configuration (`tagName`, the default of `define()`), not the element's.
 */
const isPublic = (member) =>
  !member.name.startsWith('#') &&
  (member.privacy ?? 'public') === 'public' &&
  !(member.kind === 'field' && member.static);

/** `string`, `number | undefined`, `'list' | 'grid'`: what an attribute's text can say as it is. */
const isPlain = (type) =>
  type.split('|').every((part) => /^(string|number|boolean|undefined|'[^']*')$/.test(part.trim()));

/**
 * `SerbianScript | undefined` → `'latin' | 'cyrillic' | undefined`: a type named in the sources means nothing
 * to an editor or to Storybook, which offer the values of a union of literals. Each type alias that is such
 * a union is written out, in the order it declares its values; every other type is left as it is written.
 */
function literalTypes(files) {
  // Only the declarations that names point at are needed, not a checked program: no lib, no @types.
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noLib: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const isLiteralUnion = (node) =>
    ts.isLiteralTypeNode(node) || (ts.isUnionTypeNode(node) && node.types.every(isLiteralUnion));
  const expand = (node) => {
    if (ts.isUnionTypeNode(node)) return node.types.map(expand).join(' | ');
    if (ts.isTypeReferenceNode(node)) {
      let symbol = checker.getSymbolAtLocation(node.typeName);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const alias = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
      if (alias && isLiteralUnion(alias.type)) return expand(alias.type);
    }
    return node.getText();
  };
  /** `className` → field name → its type, written out. */
  const classes = new Map();
  for (const file of files)
    for (const statement of program.getSourceFile(file)?.statements ?? [])
      if (ts.isClassDeclaration(statement) && statement.name)
        classes.set(
          statement.name.text,
          new Map(
            statement.members
              .filter((member) => ts.isPropertyDeclaration(member) && member.type && ts.isIdentifier(member.name))
              .map((member) => [member.name.text, expand(member.type)]),
          ),
        );
  return classes;
}

/** The analyzer names the sources, which the package does not ship: every path and reference follows the build. */
function pointAtBuild(node) {
  if (Array.isArray(node)) return node.forEach(pointAtBuild);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = built(value);
    else pointAtBuild(value);
  }
}

function packageManifest() {
  return {
    name: 'press-package-manifest',
    packageLinkPhase({ customElementsManifest }) {
      // Only the elements' modules: render helpers, one element's controllers and the base class are
      // internal, and each element already lists what it inherits.
      const elementModules = customElementsManifest.modules.filter((module) =>
        module.declarations?.some((declaration) => declaration.tagName),
      );
      const definitions = [];
      const types = literalTypes(elementModules.map((module) => module.path));
      for (const module of elementModules) {
        module.declarations = module.declarations.filter((declaration) => declaration.tagName);
        module.exports = module.exports?.filter((entry) =>
          module.declarations.some(({ name }) => name === entry.declaration.name),
        );
        for (const element of module.declarations) {
          // Lit's internal reactive state (`state: true`) is listed as an attribute of a private field.
          const hidden = new Set(element.members?.filter((member) => !isPublic(member)).map(({ name }) => name));
          element.attributes = element.attributes?.filter((attribute) => !hidden.has(attribute.fieldName));
          element.members = element.members?.filter(isPublic);
          const fieldTypes = types.get(element.name) ?? new Map();
          for (const item of [...(element.members ?? []), ...(element.attributes ?? [])]) {
            const written = fieldTypes.get(item.fieldName ?? item.name);
            if (written && item.type) item.type = { text: written };
          }
          // An attribute is text: one whose property holds an object (`topics`, read by a converter) is a string.
          for (const attribute of element.attributes ?? [])
            if (attribute.type && !isPlain(attribute.type.text)) attribute.type = { text: 'string' };
          // The analyzer lists each `dispatchEvent(new SomeEvent())` as an event without a name, next to
          // the documented one.
          element.events = element.events?.filter((event) => event.name);
          element.attributes = [
            ...(element.attributes ?? []),
            element.tagName === 'press-feed' ? feedLang : lang,
            theme,
          ];
          const defineModule = module.path.replace(/\.ts$/, '.define.ts');
          if (!existsSync(defineModule)) throw new Error(`<${element.tagName}> has no ${defineModule}`);
          definitions.push({
            path: defineModule,
            tagName: element.tagName,
            declaration: { name: element.name, module: module.path },
          });
        }
      }
      // The module a developer imports to register a tag (`@sepca/press-widgets/press-feed`), and the
      // one that registers them all (`@sepca/press-widgets/define`).
      const definition = ({ tagName, declaration }) => ({
        kind: 'custom-element-definition',
        name: tagName,
        declaration,
      });
      const defineModules = [
        ...definitions.map((entry) => ({ kind: 'javascript-module', path: entry.path, exports: [definition(entry)] })),
        { kind: 'javascript-module', path: 'src/define.ts', exports: definitions.map(definition) },
      ];
      customElementsManifest.modules = [...elementModules, ...defineModules];
      pointAtBuild(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [packageManifest()],
};

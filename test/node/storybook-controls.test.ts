// Storybook's controls and docs tables, as .storybook/element-docs.ts makes them from custom-elements.json,
// held against docs/api.md: each widget shows exactly the attributes and properties the reference lists
// (nothing private, no internal state, no static configuration), each with the control its type calls
// for, and the events, parts and custom properties the reference names. `npm test` has written the
// manifest first.
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { argTypesOf, elementOf, introOf, type ElementArgType, type Manifest } from '../../.storybook/element-docs.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json')) as Manifest;
const api = read('docs/api.md');
const tags = ['press-feed', 'press-quote', 'press-contact-form'];

/** `## <press-feed>` up to the next `## `. */
function section(tagName: string) {
  const start = api.indexOf(`\n## <${tagName}>\n`);
  expect(start, `docs/api.md has a section ## <${tagName}>`).to.be.greaterThan(-1);
  const end = api.indexOf('\n## ', start + 1);
  return api.slice(start, end < 0 ? undefined : end);
}

/** The cells of a Markdown table's row; `\|` stays inside its cell. */
const cells = (line: string) =>
  line
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map(([, name]) => name!);

interface Row {
  attribute?: string;
  property?: string;
  type: string;
}

/** The rows of the section's `| Attribute | Property | Type | …` tables; `since`, `until` are two rows. */
function documentedRows(tagName: string): Row[] {
  const rows: Row[] = [];
  let inTable = false;
  for (const line of section(tagName).split('\n')) {
    if (line.startsWith('| Attribute | Property |')) inTable = true;
    else if (!line.startsWith('|')) inTable = false;
    else if (inTable && !line.startsWith('|---')) {
      const [attribute = '', property = '', type = ''] = cells(line);
      const attributes = names(attribute);
      const properties = names(property);
      for (let i = 0; i < Math.max(attributes.length, properties.length); i++)
        rows.push({ attribute: attributes[i], property: properties[i], type });
    }
  }
  return rows;
}

/** The control a documented type calls for: what a person can type or pick, or none. */
function expectedControl({ attribute, type }: Row): string {
  const values = names(type);
  if (values.length > 1 && type === values.map((value) => `\`${value}\``).join(' | '))
    return `one of ${values.join(', ')}`;
  if (type === 'boolean') return 'boolean';
  if (/^(number|seconds|\d+–\d+)/.test(type)) return 'number';
  // An attribute is text, whatever its property holds (`topics`).
  if (attribute) return 'text';
  if (type === '`Date`') return 'date';
  // A parsed feed, a function and what is read-only cannot be typed in.
  if (type === '`Feed`' || type.includes('=>') || type.startsWith('`readonly ')) return 'none';
  return 'object';
}

function controlOf({ control, options }: ElementArgType): string {
  const { type, disable } = (control || {}) as { type?: string; disable?: boolean };
  if (!type || disable) return 'none';
  return ['select', 'radio', 'inline-radio'].includes(type) ? `one of ${options!.join(', ')}` : type;
}

const settable = (argTypes: Record<string, ElementArgType>) =>
  Object.entries(argTypes).filter(([, { table }]) => ['attributes', 'properties'].includes(table!.category!));
const inCategory = (argTypes: Record<string, ElementArgType>, category: string) =>
  Object.values(argTypes)
    .filter(({ table }) => table!.category === category)
    .map(({ name }) => name!);

for (const tagName of tags)
  describe(`<${tagName}> in Storybook`, () => {
    const argTypes = argTypesOf(manifest, tagName);
    const documented = documentedRows(tagName);
    const docs = section(tagName);

    it('has a control for exactly the attributes and properties docs/api.md lists, as the row names them', () => {
      const shown = settable(argTypes).map(([key, { name, attribute, property }]) => ({
        key,
        name,
        attribute,
        property,
      }));
      const expected = documented.map(({ attribute, property }) => ({
        key: property ?? attribute,
        name: attribute ?? property,
        attribute,
        property: attribute ? undefined : property,
      }));
      const byKey = (a: { key?: string }, b: { key?: string }) => a.key!.localeCompare(b.key!);
      expect(shown.sort(byKey)).to.deep.equal(expected.sort(byKey));
    });

    it('gives each the control its documented type calls for', () => {
      const controls = Object.fromEntries(settable(argTypes).map(([key, argType]) => [key, controlOf(argType)]));
      const expected = Object.fromEntries(
        documented.map((row) => [row.property ?? row.attribute, expectedControl(row)]),
      );
      expect(controls).to.deep.equal(expected);
    });

    it('has nothing in custom-elements.json that docs/api.md does not list: no private member, state or static field', () => {
      const element = elementOf(manifest, tagName);
      const listed = new Set(documented.flatMap(({ attribute, property }) => [attribute, property]));
      const methods = new Set(names(docs.match(/^Methods: .*$/m)?.[0] ?? '').map((name) => name.replace(/\(\)$/, '')));
      const fields = (element.members ?? []).filter(({ kind }) => kind === 'field').map(({ name }) => name);
      const instanceMethods = (element.members ?? [])
        .filter(({ kind, static: isStatic }) => kind === 'method' && !isStatic)
        .map(({ name }) => name);
      expect(fields.filter((name) => !listed.has(name))).to.deep.equal([]);
      expect((element.attributes ?? []).map(({ name }) => name).filter((name) => !listed.has(name))).to.deep.equal([]);
      expect(instanceMethods.sort()).to.deep.equal([...methods].sort());
      // The class's configuration is no member; `define()`, the documented static method, is.
      expect((element.members ?? []).filter((member) => member.static).map(({ name }) => name)).to.deep.equal([
        'define',
      ]);
    });

    it('lists the documented events, each with an action', () => {
      const events = Object.values(argTypes).filter(({ table }) => table!.category === 'events');
      const table = docs.split('\n').filter((line) => /^\| `press-/.test(line));
      const documentedEvents = table.flatMap((line) => names(cells(line)[0]!));
      expect(events.map(({ name }) => name).sort()).to.deep.equal(documentedEvents.sort());
      for (const { name, action } of events) expect(action, name).to.equal(name);
    });

    it('lists the documented parts and custom properties', () => {
      // `Parts: `item`, …` or a `### Parts` paragraph; a part's note in brackets names other things.
      const parts = /(?:^Parts: |^### Parts\n\n)([\s\S]*?)\n\n/m.exec(docs)![1]!.replace(/\([^)]*\)/g, '');
      expect(inCategory(argTypes, 'css shadow parts').sort()).to.deep.equal(names(parts).sort());
      const customProperties = docs
        .split('\n')
        .filter((line) => line.startsWith('| `--press-'))
        .map((line) => names(line)[0]);
      expect(inCategory(argTypes, 'css custom properties').sort()).to.deep.equal(customProperties.sort());
    });

    it('opens its docs page with what it is and the snippet to paste', () => {
      const intro = introOf(api, tagName);
      expect(intro).to.match(/^[A-Z]/);
      expect(intro).to.include('```html').and.include(`<${tagName}`).and.include('press-widgets.js');
    });
  });

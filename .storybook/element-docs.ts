// What Storybook shows of an element, read from custom-elements.json (`npm run analyze`) and docs/api.md:
// one control per public attribute or property, events as actions, and the docs page's tables and
// introduction. Storybook's own reading of the manifest (@storybook/web-components) lists each attribute
// twice, as attribute and as property, and knows a type only by a bare name: `string | undefined` or
// `'list' | 'grid'` got an object control ("Set object"). Imports no browser code: test/node/ reads it too.
import type { ArgTypes, InputType } from 'storybook/internal/types';

/** The parts of a Custom Elements Manifest read here. */
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  events?: Documented[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
interface Documented {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Member extends Documented {
  kind: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface Attribute extends Documented {
  fieldName?: string;
}

/** A row of an element's table; `attribute`, `property`, `event` and `slot` say what the story's render sets. */
export interface ElementArgType extends InputType {
  attribute?: string;
  property?: string;
  event?: string;
  /** The slot's name, `''` for the default slot. */
  slot?: string;
}

export function elementOf(manifest: Manifest, tagName: string): Declaration {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tagName);
  if (!element) throw new Error(`<${tagName}> is not in custom-elements.json: run npm run analyze`);
  return element;
}

/** `'a' | (() => void) | undefined` → its members, not splitting inside brackets. */
function unionMembers(type: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i++) {
    const char = type[i];
    if ('([{<'.includes(char)) depth++;
    else if (')]}>'.includes(char) && type[i - 1] !== '=') depth--;
    else if (char === '|' && depth === 0) {
      members.push(type.slice(start, i).trim());
      start = i + 1;
    }
  }
  return [...members, type.slice(start).trim()].filter((member) => member && member !== 'undefined');
}

// Controls as Storybook passes them on (it normalizes a story's own argTypes, not extracted ones).
const none = { disable: true } as const;

/** The control that sets a value of this TypeScript type (as the manifest writes it). */
function controlFor(type: string, readonly = false): Partial<InputType> {
  const members = unionMembers(type);
  if (readonly) return { type: { name: 'other', value: type }, control: none };
  if (members.length && members.every((member) => /^'[^']*'$/.test(member))) {
    const options = members.map((member) => member.slice(1, -1));
    return {
      type: { name: 'enum', value: options },
      control: { type: options.length <= 4 ? 'inline-radio' : 'select' },
      options,
    };
  }
  if (members.length === 1 && ['string', 'number', 'boolean'].includes(members[0])) {
    const name = members[0] as 'string' | 'number' | 'boolean';
    return { type: { name }, control: { type: name === 'string' ? 'text' : name } };
  }
  if (members.length === 1 && members[0] === 'Date')
    return { type: { name: 'other', value: 'Date' }, control: { type: 'date' } };
  if (members.some((member) => member.includes('=>'))) return { type: { name: 'function' }, control: none };
  // A `Feed` is what parseFeed makes, dates and all: not JSON that one could type into a control.
  if (members.length === 1 && members[0] === 'Feed') return { type: { name: 'other', value: type }, control: none };
  return { type: { name: 'object', value: {} }, control: { type: 'object' } };
}

/** `press-load` → `onPressLoad`, the arg an action is kept in. */
const handlerName = (event: string) =>
  `on${event.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;

/** Everything a developer can set, listen to or style on `tagName`, keyed as the stories' args are. */
export function argTypesOf(manifest: Manifest, tagName: string): Record<string, ElementArgType> {
  const element = elementOf(manifest, tagName);
  const argTypes: Record<string, ElementArgType> = {};
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static);
  for (const field of fields) {
    const attribute = element.attributes?.find(({ fieldName }) => fieldName === field.name);
    // A property with an attribute is set as the attribute, as a page's markup does.
    const type = (attribute ?? field).type?.text ?? 'unknown';
    // Unset is the absence of the attribute, not a value: `string`, not `string | undefined`.
    const summary = attribute ? unionMembers(type).join(' | ') : type;
    argTypes[field.name] = {
      name: attribute?.name ?? field.name,
      description: [field.description, attribute && attribute.name !== field.name && `Property: \`${field.name}\`.`]
        .filter(Boolean)
        .join('\n\n'),
      ...controlFor(type, field.readonly),
      table: {
        category: attribute ? 'attributes' : 'properties',
        type: { summary },
        defaultValue: field.default === undefined ? undefined : { summary: field.default },
      },
      ...(attribute ? { attribute: attribute.name } : { property: field.name }),
    };
  }
  // Attributes with no property of their own (`lang`, `theme`).
  for (const attribute of element.attributes ?? []) {
    if (attribute.fieldName) continue;
    const type = attribute.type?.text ?? 'string';
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      ...controlFor(type),
      table: { category: 'attributes', type: { summary: type } },
      attribute: attribute.name,
    };
  }
  for (const method of (element.members ?? []).filter((member) => member.kind === 'method' && !member.static))
    argTypes[`${method.name}()`] = {
      name: `${method.name}()`,
      description: method.description,
      control: none,
      table: { category: 'methods' },
    };
  for (const event of element.events ?? [])
    argTypes[handlerName(event.name)] = {
      name: event.name,
      description: event.description,
      action: event.name,
      control: none,
      table: { category: 'events', type: { summary: event.type?.text ?? 'Event' } },
      event: event.name,
    };
  // A slot's control is text put into the element (an inline quote's words, a feed's fallback link text).
  for (const slot of element.slots ?? [])
    argTypes[`${slot.name || 'default'}Slot`] = {
      name: slot.name || '(default)',
      description: slot.description,
      type: { name: 'string' },
      control: { type: 'text' },
      table: { category: 'slots', type: { summary: 'text' } },
      slot: slot.name,
    };
  for (const part of element.cssParts ?? [])
    argTypes[`part ${part.name}`] = {
      name: part.name,
      description: part.description,
      control: none,
      table: { category: 'css shadow parts', type: { summary: `::part(${part.name})` } },
    };
  for (const property of element.cssProperties ?? [])
    argTypes[property.name] = {
      name: property.name,
      description: property.description,
      control: none,
      table: {
        category: 'css custom properties',
        defaultValue: property.default === undefined ? undefined : { summary: property.default },
      },
    };
  return argTypes satisfies ArgTypes;
}

/** The element's section of docs/api.md up to its first subsection: what it is, and the snippet to paste. */
export function introOf(api: string, tagName: string): string {
  const start = api.indexOf(`\n## <${tagName}>\n`);
  if (start < 0) throw new Error(`docs/api.md has no section ## <${tagName}>`);
  const body = api.slice(api.indexOf('\n', start + 1) + 1);
  return body.slice(0, body.search(/^#{2,3} /m)).trim();
}

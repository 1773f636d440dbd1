import type { WarningList } from './warnings.js';

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the fields of one JSON object leniently: a number where a string belongs becomes a string, and
 * anything else out of place (null included) is dropped with a warning naming its path.
 */
export class JsonFields {
  constructor(
    readonly object: JsonObject,
    readonly where: string,
    readonly warnings: WarningList,
  ) {}

  #wrongType(key: string, expected: string): undefined {
    const value = this.object[key];
    const type = typeof value;
    const found = value === null ? 'null' : Array.isArray(value) ? 'a list' : `${type === 'object' ? 'an' : 'a'} ${type}`;
    this.warnings.add(`${this.where}.${key} is ${found}, not ${expected}; ignored.`);
    return undefined;
  }

  string(key: string): string | undefined {
    const value = this.object[key];
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    return this.#wrongType(key, 'text');
  }

  boolean(key: string): boolean | undefined {
    const value = this.object[key];
    if (value === undefined) return undefined;
    return typeof value === 'boolean' ? value : this.#wrongType(key, 'true or false');
  }

  child(key: string): JsonFields | undefined {
    const value = this.object[key];
    if (value === undefined) return undefined;
    return isObject(value) ? new JsonFields(value, `${this.where}.${key}`, this.warnings) : this.#wrongType(key, 'an object');
  }

  /** A list; a single value where a list belongs is read as a list of one. */
  list(key: string): unknown[] {
    const value = this.object[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    if (value === null) return this.#wrongType(key, 'a list') ?? [];
    this.warnings.add(`${this.where}.${key} is not a list; read as a list of one.`);
    return [value];
  }

  objects(key: string): JsonFields[] {
    return this.list(key).flatMap((value, index) => {
      if (isObject(value)) return [new JsonFields(value, `${this.where}.${key}[${index}]`, this.warnings)];
      this.warnings.add(`${this.where}.${key}[${index}] is not an object; ignored.`);
      return [];
    });
  }

  /** A list of strings; a comma-separated string is accepted because feeds write tags that way. */
  strings(key: string): string[] {
    const value = this.object[key];
    if (typeof value === 'string') {
      this.warnings.add(`${this.where}.${key} is text, not a list; read as comma-separated values.`);
      return value.split(',').map((part) => part.trim()).filter(Boolean);
    }
    return this.list(key).flatMap((item, index) => {
      if (typeof item === 'string') return [item];
      if (typeof item === 'number') return [String(item)];
      this.warnings.add(`${this.where}.${key}[${index}] is not text; ignored.`);
      return [];
    });
  }
}

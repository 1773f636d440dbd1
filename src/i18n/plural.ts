import type { PluralForms } from './translation.js';

const rulesByLang = new Map<string, Intl.PluralRules>();

/** The form for `count` by the CLDR plural rules of `lang`, with the rules object cached per language. */
export function pluralForm(lang: string, count: number, forms: PluralForms): string {
  const rules = rulesByLang.get(lang) ?? rulesByLang.set(lang, new Intl.PluralRules(lang)).get(lang)!;
  return forms[rules.select(count)] ?? forms.other;
}

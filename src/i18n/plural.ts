import type { PluralForms } from './translation.js';

const rulesByLang = new Map<string, Intl.PluralRules>();

/** The form for `count` by the CLDR plural rules of `lang`, with the rules object cached per language. */
export function pluralForm(lang: string, count: number, forms: PluralForms): string {
  let rules = rulesByLang.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesByLang.set(lang, rules);
  }
  return forms[rules.select(count)] ?? forms.other;
}

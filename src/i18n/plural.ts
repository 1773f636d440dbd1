const rulesByLang = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `count` in `lang`, with the rules object cached per language. */
export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = rulesByLang.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesByLang.set(lang, rules);
  }
  return rules.select(count);
}

/** Picks the form for `count`; `other` is required because every language has it. */
export function plural(
  lang: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  return (forms[pluralCategory(lang, count)] ?? forms.other).replace('{count}', String(count));
}

// Every element takes a `theme`, handled in the shared token styles rather than as a property, and
// the analyzer lists each `dispatchEvent(new SomeEvent())` as an event without a name next to the
// documented one: this plugin puts the first in and takes the second out.
const theme = {
  name: 'theme',
  type: { text: "'light' | 'dark' | 'auto' | 'high-contrast'" },
  description:
    "Colour scheme. Without it the element follows the page's `color-scheme`; `auto` follows the visitor's system setting; `high-contrast` is black and white at WCAG AAA contrast.",
};

function tidyElements() {
  return {
    name: 'press-tidy-elements',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          declaration.events = (declaration.events ?? []).filter((event) => event.name);
          declaration.attributes = [...(declaration.attributes ?? []), theme];
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tidyElements()],
};

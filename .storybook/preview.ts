import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { languages } from '../src/i18n/languages.js';
// Written by `npm run analyze` (the storybook scripts run it first): attributes, properties, events, slots,
// parts and custom properties from the components' JSDoc become the stories' controls and docs tables.
import manifest from '../custom-elements.json';
import { argTypesOf } from './element-docs.js';
import { renderStory } from './render-element.js';

// Every story can be seen in each shipped language and theme from the toolbar.
const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: languages.map(({ tag }) => ({
          value: tag,
          title: new Intl.DisplayNames([tag], { type: 'language' }).of(tag),
        })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Automatic' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'auto' },
  render: renderStory,
  decorators: [
    (story, context) => {
      const theme = context.globals.theme as string;
      // high-contrast keeps the page's scheme, as it does on a site.
      document.documentElement.style.colorScheme = theme === 'light' || theme === 'dark' ? theme : '';
      return html`<div lang=${context.globals.lang}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: {
      extractArgTypes: (tagName: string) => argTypesOf(manifest, tagName),
    },
  },
};

export default preview;

/// <reference types="vite/client" />
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { languages } from '../src/i18n/languages.js';
// Written by `npm run analyze` (the storybook scripts run it first): attributes, properties, events, slots,
// parts and custom properties from the components' JSDoc become the stories' controls and docs tables.
import manifest from '../custom-elements.json';
// Each widget's docs page opens with its section of the API reference: what it is and the snippet to paste.
import api from '../docs/api.md?raw';
import { argTypesOf, introOf } from './element-docs.js';
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
  tags: ['autodocs'],
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
      extractComponentDescription: (tagName: string) => introOf(api, tagName),
      // The snippet is the element as a page writes it, without the story's language wrapper.
      source: { excludeDecorators: true },
    },
  },
};

export default preview;

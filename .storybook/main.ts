import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // A docs page per widget (autodocs, see preview.ts).
  addons: ['@storybook/addon-docs'],
  // The sample feed and fixtures are fetched by stories exactly as a site would fetch them.
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }],
  core: { disableTelemetry: true },
  // The browser's side of the package's own '#server-window' import (see src/data/dom.ts).
  viteFinal: (vite) => ({
    ...vite,
    resolve: {
      ...vite.resolve,
      alias: {
        ...vite.resolve?.alias,
        '#server-window': new URL('../src/data/no-server-window.ts', import.meta.url).pathname,
      },
    },
  }),
};

export default config;

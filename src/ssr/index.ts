// `@sepca/press-widgets/ssr`: the widgets rendered on a server (Node only). See docs/server-rendering.md.
export { renderPage, RenderError, type RenderOptions } from './render.js';

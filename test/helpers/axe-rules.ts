// Loaded before every browser test file (web-test-runner.config.mjs). `to.be.accessible()` runs axe-core
// with its defaults, the WCAG 2.0–2.2 A and AA rules and best practices, which leave out Target Size
// (WCAG 2.2, 2.5.8): it is turned on here, for every check of every test.
import 'axe-core/axe.min.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

window.axe.configure({ rules: [{ id: 'target-size', enabled: true }] });

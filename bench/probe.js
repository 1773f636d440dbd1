// Loaded as a classic script before anything else on a bench page: records when the first release is
// in the DOM (a MutationObserver, to the microtask) and when it has been painted (the frame after).
// `window.firstFeed` resolves to { dom, painted } in ms since navigation start.
window.firstFeed = new Promise((resolve) => {
  const watch = (root) => {
    const found = () => root.querySelector('.list:not(.skeleton) > .item, #feed .item');
    const done = () => {
      observer.disconnect();
      const dom = performance.now();
      requestAnimationFrame(() => setTimeout(() => resolve({ dom, painted: performance.now() })));
    };
    const observer = new MutationObserver(() => found() && done());
    observer.observe(root, { childList: true, subtree: true });
    if (found()) done();
  };
  const start = () => {
    const widget = document.querySelector('press-feed');
    if (!widget) return watch(document.body);
    customElements.whenDefined('press-feed').then(() => watch(widget.shadowRoot));
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
});

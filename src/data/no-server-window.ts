// '#server-window' anywhere but Node (see dom.ts): a browser has its own DOM, and a runtime with neither
// cannot read HTML or XML.
export const serverWindow = (): never => {
  throw new Error('press-widgets: there is no DOM here to read HTML or XML with (in Node, it is jsdom).');
};

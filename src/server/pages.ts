// The pages a browser without JavaScript gets after posting the form itself: that the message was
// received, with its reference, or what to correct, with a way back. In the citizen's language, with no
// script, and nothing of the message on them but its reference.
import type { Texts } from './language.js';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Nothing on these pages loads or runs anything; its one style is inline. */
export const pageSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function page(lang: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escape(lang)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style>
<main><h1>${escape(title)}</h1>
${body}</main></html>
`;
}

const backLink = (t: Texts, back?: string) => (back ? `<p><a href="${escape(back)}">${escape(t.retry)}</a></p>` : '');

/** The message is filed: its reference to quote. */
export function receivedPage(t: Texts, lang: string, reference: string): string {
  return page(lang, t.sentHeading, `<p>${escape(t.referenceNumber(reference))}</p>`);
}

/** The fields to correct, each with the form's own message. */
export function correctionsPage(t: Texts, lang: string, errors: Record<string, string>, back?: string): string {
  const items = Object.values(errors).map((error) => `<li>${escape(error)}</li>`);
  return page(lang, t.errorSummary, `<ul>${items.join('')}</ul>\n${backLink(t, back)}`);
}

/** The message was not taken, and why, as the form would say it. */
export function notSentPage(t: Texts, lang: string, reason: string, back?: string): string {
  return page(lang, t.sendFailed, `<p>${escape(reason)}</p>\n${backLink(t, back)}`);
}

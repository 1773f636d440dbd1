// Under Trusted Types (CSP `require-trusted-types-for 'script'`), DOMParser and DOMPurify's parser accept
// only TrustedHTML. This policy is used for nothing else: feeds and HTML are parsed into inert documents
// (no script runs, nothing loads) and read from there; what reaches the page is sanitizer output, which
// Lit inserts through its own `lit-html` policy. Allow it with `trusted-types press-widgets` (docs/csp.md).

export const trustedTypesPolicyName = 'press-widgets';

interface HtmlPolicy {
  createHTML(html: string): unknown;
}

let policy: HtmlPolicy | null | undefined;

/** The policy, created on first use; null without Trusted Types or when the page's CSP does not allow it. */
export function inertHtmlPolicy(): HtmlPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy } })
      .trustedTypes;
    try {
      policy = factory?.createPolicy(trustedTypesPolicyName, { createHTML: (html) => html }) ?? null;
    } catch {
      policy = null;
      console.warn(
        `press-widgets: the page's CSP does not allow the Trusted Types policy '${trustedTypesPolicyName}'; HTML and XML in feeds cannot be read. See docs/csp.md.`,
      );
    }
  }
  return policy;
}

/** `html` as the TrustedHTML that DOMParser requires under Trusted Types, else unchanged. */
export const inertHtml = (html: string): string => (inertHtmlPolicy()?.createHTML(html) as string | undefined) ?? html;

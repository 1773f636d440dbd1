// Shared by the <press-contact-form> tests: render the form against the misbehaving local endpoint
// (test/server/contact.mjs) and type like a citizen, into fields found by their label (./shadow.ts).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/press-contact-form/press-contact-form.define.js';
import type { PressContactForm } from '../../src/components/press-contact-form/press-contact-form.js';
import { field } from './shadow.js';

export interface Received {
  requests: { url: string; key?: string; contentType: string; captcha?: string; body: Record<string, unknown> }[];
  filed: { key: string; reference: string; body: Record<string, unknown> }[];
}

let buckets = 0;

/** A fresh bucket of the test endpoint that answers each request with the next step of `plan`. */
export function contactServer(plan: string) {
  const bucket = `form-${Date.now().toString(36)}-${buckets++}`;
  return {
    endpoint: `/api/contact-test/${bucket}/${plan}`,
    received: async (): Promise<Received> => (await fetch(`/api/contact-test/${bucket}`)).json(),
    release: () => fetch(`/api/contact-test/${bucket}/release`, { method: 'POST' }),
  };
}

/** The form as a test renders it: no minimum fill time, retries a thousand times faster. */
export function renderForm(
  endpoint: string,
  attributes: { draft?: string; maxLength?: number; lang?: string; headingLevel?: number } = {},
) {
  return fixture<PressContactForm>(html`<press-contact-form
    endpoint=${endpoint}
    heading-level=${attributes.headingLevel ?? 2}
    draft=${attributes.draft ?? 'session'}
    max-length=${attributes.maxLength ?? 2000}
    lang=${attributes.lang ?? 'en'}
    timeout="2000"
    .minFillTime=${0}
    .retryPolicy=${{ scale: 0.001 }}
  ></press-contact-form>`);
}

/** Renders a form given a feed, and waits until it shows its fields: it loads its feed code on first use. */
export async function renderConfigured(template: unknown): Promise<PressContactForm> {
  const form = await fixture<PressContactForm>(template as never);
  await waitUntil(() => form.shadowRoot!.querySelector('form'), 'the form never showed its fields');
  return form;
}

export async function typeInto(form: PressContactForm, label: string, text: string) {
  field(form, label).focus();
  await sendKeys({ type: text });
  await form.updateComplete;
}

export async function fillIn(form: PressContactForm, message = 'Kada počinje upis u srednje škole?') {
  await typeInto(form, 'Your name', 'Ana Marković');
  await typeInto(form, 'Email address', 'ana@example.rs');
  await typeInto(form, 'Your message', message);
}

/** Waits (polling) until `check` passes; for things that happen on the server, not on screen. */
export async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, tries = 100): Promise<T> {
  for (let i = 0; ; i++) {
    const value = await read();
    if (check(value) || i >= tries) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

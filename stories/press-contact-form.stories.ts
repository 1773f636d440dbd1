import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/press-contact-form/press-contact-form.define.js';
import type { PressContactForm } from '../src/components/press-contact-form/press-contact-form.js';
import type { StoryArgs } from '../.storybook/render-element.js';

// The endpoints of these stories are answered here, the way a slow, failing or working server would.
// Anything else goes to the fetch that was there before (other stories stage their own URLs).
const answers: Record<string, (call: number) => Promise<Response>> = {
  '/story-contact/ok': async () => Response.json({ reference: 'MUP-2026-0042' }, { status: 201 }),
  '/story-contact/hold': () => new Promise(() => undefined),
  '/story-contact/retrying': (call) =>
    call === 1 ? Promise.resolve(new Response('', { status: 503 })) : new Promise(() => undefined),
  '/story-contact/down': async () => new Response('', { status: 503 }),
  '/story-contact/fields': async () =>
    Response.json({ errors: { email: 'This mailbox does not exist.' } }, { status: 422 }),
};
const calls = new Map<string, number>();
const previousFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const path = new URL(input instanceof Request ? input.url : String(input), location.href).pathname;
  const answer = answers[path];
  if (!answer) return previousFetch(input, init);
  const call = (calls.get(path) ?? 0) + 1;
  calls.set(path, call);
  return answer(call);
};

// `topics` is set as the attribute a page writes (`id: Label | Institution; …`).
type Args = Omit<StoryArgs<PressContactForm>, 'topics'> & { topics?: string };

const message = {
  name: 'Ana Marković',
  email: 'ana@example.rs',
  message: 'Poštovani, kada počinje upis u srednje škole ove godine i koja dokumenta su potrebna?',
};

/** Types into the form's fields as a citizen would (value + input event), then sends it. */
async function fillAndSend(canvas: HTMLElement, values: Record<string, string> = message) {
  const form = canvas.querySelector<PressContactForm>('press-contact-form')!;
  await form.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const [name, value] of Object.entries(values)) {
    const control = form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`);
    if (!control) continue;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await form.submit();
}

// The controls, their types and the docs page's tables come from custom-elements.json (.storybook/).
const meta: Meta<Args> = {
  title: 'Widgets/press-contact-form',
  component: 'press-contact-form',
  // No draft kept between stories, no wait before sending, and quick retries.
  args: {
    endpoint: '/story-contact/ok',
    maxLength: 2000,
    draft: 'off',
    minFillTime: 0,
    retryPolicy: { attempts: 2, scale: 0.01 },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The empty form with only the built-in fields. */
export const Empty: Story = {};

/** Configured by the sample feed's `_press.contact`: introduction, topics with their institution, consent and privacy link, the phone hint. */
export const FromTheFeed: Story = { args: { src: '/feeds/sample.json', endpoint: undefined } };

/** Configured by attributes only. */
export const FromAttributes: Story = {
  args: {
    topics: 'question: Question | Ministry of the Interior; visa: Visas | Ministry of Foreign Affairs; Other',
    consent: 'I agree that my data is used to answer my message.',
    privacyUrl: '/privacy.html',
  },
};

/** Sent empty: the error summary at the top, errors on each field. */
export const Errors: Story = { play: ({ canvasElement }) => fillAndSend(canvasElement, {}) };

/** A message over the limit: the count says by how much. */
export const TooLong: Story = {
  args: { maxLength: 40 },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};

/** Waiting for the server: the button says "Sending…". */
export const Sending: Story = {
  args: { endpoint: '/story-contact/hold' },
  play: ({ canvasElement }) => {
    fillAndSend(canvasElement);
  },
};

/** The first attempt failed: the form says it is trying again. */
export const Retrying: Story = {
  args: { endpoint: '/story-contact/retrying' },
  play: ({ canvasElement }) => {
    calls.delete('/story-contact/retrying');
    fillAndSend(canvasElement);
  },
};

/** The browser went offline: the message stays, and can be sent when the connection returns. */
export const Offline: Story = {
  play: async ({ canvasElement }) => {
    window.dispatchEvent(new Event('offline'));
    await fillAndSend(canvasElement);
  },
};

/** The server has the message: the confirmation with its reference number. */
export const Sent: Story = { play: ({ canvasElement }) => fillAndSend(canvasElement) };

/** Every attempt failed: what went wrong, the message kept, "Try again". */
export const Failed: Story = {
  args: { endpoint: '/story-contact/down' },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};

/** The server refused a field: its message on that field and in the summary. */
export const ServerFieldErrors: Story = {
  args: { endpoint: '/story-contact/fields' },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};

/** The feed with the configuration could not be loaded. */
export const ConfigurationUnavailable: Story = { args: { src: '/feeds/missing.json', endpoint: undefined } };

const states: [string, string, Record<string, string> | undefined][] = [
  ['Empty', '/story-contact/ok', undefined],
  ['Errors', '/story-contact/ok', {}],
  ['Sending', '/story-contact/hold', message],
  ['Failed', '/story-contact/down', message],
  ['Sent', '/story-contact/ok', message],
];

/** The main states side by side in English, Serbian Latin and Serbian Cyrillic. */
export const EveryLanguage: Story = {
  render: () => html`<div style="display:grid;grid-template-columns:repeat(3,minmax(18rem,1fr));gap:2rem">
    ${states.map(([state, endpoint]) =>
      ['en', 'sr-Latn', 'sr-Cyrl'].map(
        (lang) => html`<section data-state=${state}>
          <h3>${state} · ${lang}</h3>
          <press-contact-form lang=${lang} endpoint=${endpoint} draft="off" topics="question: Question | Ministry of the Interior"
            .minFillTime=${0} .retryPolicy=${{ attempts: 1 }}></press-contact-form>
        </section>`,
      ),
    )}
  </div>`,
  play: async ({ canvasElement }) => {
    for (const section of canvasElement.querySelectorAll<HTMLElement>('section')) {
      const values = states.find(([state]) => state === section.dataset.state)![2];
      if (values) fillAndSend(section, values);
    }
  },
};

import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PressContactForm } from '../../src/components/press-contact-form/press-contact-form.js';
import { contactServer, fillIn, renderForm, typeInto, until } from '../helpers/press-contact-form.js';
import { button, field, focused, screenText, shadow } from '../helpers/shadow.js';

const message = 'Kada počinje upis u srednje škole?';
const sameKey = (requests: { key?: string }[]) =>
  requests.length > 0 && requests.every((request) => request.key && request.key === requests[0].key);

function goOffline() {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
}

function goOnline() {
  delete (navigator as { onLine?: boolean }).onLine;
  window.dispatchEvent(new Event('online'));
}

/** Every value in session and local storage, to check what the form left there. */
const stored = () =>
  [sessionStorage, localStorage]
    .flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`))
    .join('\n');

describe('<press-contact-form>: sending a message', () => {
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
    sessionStorage.clear();
    for (const key of Object.keys(localStorage))
      if (key.startsWith('press-contact-form:')) localStorage.removeItem(key);
  });

  it('sends once, however often the button is clicked or Enter pressed, shows progress, then confirms with the reference', async () => {
    const server = contactServer('hold');
    const form = await renderForm(server.endpoint);
    // The request waits for the test to release it, after an accessibility check that can take over two
    // seconds on a busy machine (the page's first one most): a time-out would send it again meanwhile.
    form.timeout = 60_000;
    await fillIn(form);
    const send = button(form, 'Send message');
    send.click();
    send.click();
    field(form, 'Your name').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(send.textContent!.trim()).to.equal('Sending…');
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(shadow(form).querySelector('[role="status"]')!.textContent).to.equal('Sending…');
    await expect(form).to.be.accessible();
    await until(server.received, (received) => received.requests.length > 0);
    const success = oneEvent(form, 'press-submit-success');
    await server.release();
    const { detail } = await success;
    await form.updateComplete;
    expect(detail.reference).to.equal('REF-0001');
    expect(detail.payload).to.deep.equal({ name: 'Ana Marković', email: 'ana@example.rs', message });
    const confirmation = shadow(form).querySelector('[part="confirmation"]')!;
    expect(focused(form)).to.equal(confirmation);
    expect(confirmation.textContent).to.contain('Thank you, your message has been sent');
    expect(confirmation.textContent).to.contain('Your reference number: REF-0001');
    const { requests, filed } = await server.received();
    expect(requests).to.have.length(1);
    expect(requests[0].key).to.match(/^[0-9a-f-]{36}$/);
    expect(requests[0].body).to.deep.equal(detail.payload);
    expect(decodeURIComponent(requests[0].url)).not.to.contain('upis');
    expect(filed).to.have.length(1);
    await expect(form).to.be.accessible();
  });

  it('tells the citizen it is trying again, and files the message once through drops, 503 and 429', async () => {
    const server = contactServer('503,429,hold');
    const form = await renderForm(server.endpoint);
    // As above: the held third attempt must not time out while the accessibility check runs.
    form.timeout = 60_000;
    await fillIn(form);
    button(form, 'Send message').click();
    await until(server.received, (received) => received.requests.length >= 3);
    await form.updateComplete;
    expect(screenText(form)).to.contain('Not sent yet. Trying again (attempt 3 of 3)…');
    await expect(form).to.be.accessible();
    const success = oneEvent(form, 'press-submit-success');
    await server.release();
    await success;
    const { requests, filed } = await server.received();
    expect(sameKey(requests)).to.equal(true);
    expect(filed).to.have.length(1);
  });

  it('survives a dropped connection and a time-out with the same key', async () => {
    const server = contactServer('drop,slow,201');
    const form = await renderForm(server.endpoint);
    form.timeout = 300;
    form.retryPolicy = { scale: 0.001, attempts: 4 };
    await fillIn(form);
    const success = oneEvent(form, 'press-submit-success');
    button(form, 'Send message').click();
    await success;
    const { requests, filed } = await server.received();
    expect(requests.length).to.be.at.least(3);
    expect(sameKey(requests)).to.equal(true);
    expect(filed).to.have.length(1);
  });

  it('after the last retry, says what went wrong and offers Try again, keeping the message; the retry files it once', async () => {
    const server = contactServer('500,503,500,201');
    const form = await renderForm(server.endpoint);
    await fillIn(form);
    const failure = oneEvent(form, 'press-submit-error');
    button(form, 'Send message').click();
    const { detail } = await failure;
    await form.updateComplete;
    expect(detail.error.code).to.equal('http');
    const panel = shadow(form).querySelector('[part="failure"]')!;
    expect(focused(form)).to.equal(panel);
    expect(panel.textContent).to.contain('Your message could not be sent');
    expect(panel.textContent).to.contain('The server is not available at the moment.');
    expect(panel.textContent).to.contain('Your message is still in the form');
    expect(field(form, 'Your message').value).to.equal(message);
    // One primary action: the send button itself says Try again, with no second button beside it.
    const buttons = [...shadow(form).querySelectorAll('button')].map((element) => element.textContent!.trim());
    expect(buttons).to.deep.equal(['Try again']);
    await expect(form).to.be.accessible();
    const success = oneEvent(form, 'press-submit-success');
    button(form, 'Try again').click();
    await success;
    const { requests, filed } = await server.received();
    expect(sameKey(requests)).to.equal(true);
    expect(filed).to.have.length(1);
  });

  it('puts the server’s field errors on their fields and in the summary', async () => {
    const server = contactServer('422,201');
    const form = await renderForm(server.endpoint);
    await fillIn(form);
    await typeInto(form, 'Subject', 'See http://spam.example');
    const failure = oneEvent(form, 'press-submit-error');
    button(form, 'Send message').click();
    await failure;
    await form.updateComplete;
    const summary = shadow(form).querySelector('[part="error-summary"]')!;
    expect(focused(form)).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map((link) => link.textContent)).to.deep.equal([
      'This mailbox does not exist.',
      'Subjects cannot contain links.',
    ]);
    const email = field(form, 'Email address');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(form).getElementById(email.getAttribute('aria-describedby')!.split(' ')[1])!.textContent).to.contain(
      'This mailbox does not exist.',
    );
    await expect(form).to.be.accessible();
    email.select();
    await typeInto(form, 'Email address', 'ana@mup.gov.rs');
    expect(email.hasAttribute('aria-invalid')).to.equal(false);
    field(form, 'Subject').select();
    await typeInto(form, 'Subject', 'Upis');
    const success = oneEvent(form, 'press-submit-success');
    button(form, 'Send message').click();
    expect((await success).detail.payload.email).to.equal('ana@mup.gov.rs');
    const { requests, filed } = await server.received();
    expect(requests).to.have.length(2);
    expect(filed).to.have.length(1);
  });

  it('reads field errors given as a list, and shows a plain refusal with the server’s words', async () => {
    const list = contactServer('400list');
    const form = await renderForm(list.endpoint);
    await fillIn(form);
    const failure = oneEvent(form, 'press-submit-error');
    button(form, 'Send message').click();
    await failure;
    await form.updateComplete;
    expect(field(form, 'Your message').getAttribute('aria-invalid')).to.equal('true');
    expect(screenText(form)).to.contain('The message contains a forbidden word.');

    const refusing = await renderForm(contactServer('403').endpoint);
    await fillIn(refusing);
    const refused = oneEvent(refusing, 'press-submit-error');
    button(refusing, 'Send message').click();
    expect((await refused).detail.error.code).to.equal('rejected');
    await refusing.updateComplete;
    expect(screenText(refusing)).to.contain(
      'The server did not accept the message. Messages from this site are not accepted.',
    );
  });

  it('keeps the draft as the citizen types and brings it back after a reload, with the same key for the retry', async () => {
    const server = contactServer('503,201');
    let form = await renderForm(server.endpoint);
    form.retryPolicy = { attempts: 1 };
    await fillIn(form);
    expect(stored()).to.contain(message);
    const failure = oneEvent(form, 'press-submit-error');
    button(form, 'Send message').click();
    await failure;
    form.remove();

    form = await renderForm(server.endpoint);
    expect(field(form, 'Your name').value).to.equal('Ana Marković');
    expect(field(form, 'Your message').value).to.equal(message);
    const success = oneEvent(form, 'press-submit-success');
    button(form, 'Send message').click();
    await success;
    const { requests, filed } = await server.received();
    expect(requests).to.have.length(2);
    expect(sameKey(requests)).to.equal(true);
    expect(filed).to.have.length(1);
    expect(stored()).not.to.contain(message);

    form.remove();
    form = await renderForm(server.endpoint);
    expect(field(form, 'Your message').value).to.equal('');
  });

  it('keeps the draft in localStorage with draft="local", and stores nothing at all with draft="off"', async () => {
    const local = await renderForm(contactServer('201').endpoint, { draft: 'local' });
    await fillIn(local, 'Lokalna poruka');
    expect(Object.values(localStorage).join()).to.contain('Lokalna poruka');
    localStorage.removeItem(Object.keys(localStorage).find((key) => localStorage.getItem(key)!.includes('Lokalna'))!);

    const server = contactServer('503');
    const off = await renderForm(server.endpoint, { draft: 'off' });
    off.retryPolicy = { attempts: 1 };
    await fillIn(off, 'Tajna poruka');
    const failure = oneEvent(off, 'press-submit-error');
    button(off, 'Send message').click();
    await failure;
    expect(stored()).not.to.contain('Tajna');
    expect(stored()).not.to.contain('Ana Marković');
    off.remove();
    const again = await renderForm(server.endpoint, { draft: 'off' });
    expect(field(again, 'Your message').value).to.equal('');
  });

  it('offline: says so, keeps the message, and sends it once the connection is back when the citizen chose that', async () => {
    const server = contactServer('201');
    const form = await renderForm(server.endpoint);
    goOffline();
    await form.updateComplete;
    expect(screenText(form)).to.contain('You are offline. You can keep writing: your message stays in this form.');
    await fillIn(form);
    const offline = oneEvent(form, 'press-submit-error');
    button(form, 'Send message').click();
    expect((await offline).detail.error.code).to.equal('offline');
    await form.updateComplete;
    const notice = shadow(form).querySelector('[part="notice"]')!;
    expect(focused(form)).to.equal(notice);
    expect(notice.textContent).to.contain(
      'You are offline, so your message has not been sent yet. It stays in this form.',
    );
    await expect(form).to.be.accessible();
    field(form, 'Send my message as soon as I am back online').click();
    expect((await server.received()).requests).to.have.length(0);
    const success = oneEvent(form, 'press-submit-success');
    goOnline();
    await success;
    expect((await server.received()).filed).to.have.length(1);
  });

  it('offline without that choice: nothing is sent when the connection returns', async () => {
    const server = contactServer('201');
    const form = await renderForm(server.endpoint);
    await fillIn(form);
    goOffline();
    button(form, 'Send message').click();
    await form.updateComplete;
    goOnline();
    await form.updateComplete;
    expect(screenText(form)).not.to.contain('You are offline');
    expect(field(form, 'Your message').value).to.equal(message);
    await aTimeout(100);
    expect((await server.received()).requests).to.have.length(0);
  });

  it('drops spam quietly: a filled trap field or a message sent too fast looks sent, but nothing is sent', async () => {
    const server = contactServer('201');
    const form = await renderForm(server.endpoint);
    let submitted = 0;
    form.addEventListener('press-submit', () => submitted++);
    await fillIn(form);
    shadow(form).querySelector<HTMLInputElement>('[name="homepage"]')!.value = 'http://spam.example';
    button(form, 'Send message').click();
    await form.updateComplete;
    expect(screenText(form)).to.contain('Thank you, your message has been sent');

    const hasty = await renderForm(server.endpoint);
    hasty.minFillTime = 60_000;
    hasty.addEventListener('press-submit', () => submitted++);
    await fillIn(hasty);
    button(hasty, 'Send message').click();
    await hasty.updateComplete;
    expect(screenText(hasty)).to.contain('Thank you, your message has been sent');
    await aTimeout(100);
    expect(submitted).to.equal(0);
    expect((await server.received()).requests).to.have.length(0);
  });

  it('sends nothing when a site cancels press-submit to send the message itself', async () => {
    const server = contactServer('201');
    const form = await renderForm(server.endpoint);
    form.addEventListener('press-submit', (event) => event.preventDefault());
    await fillIn(form);
    const submit = oneEvent(form, 'press-submit');
    button(form, 'Send message').click();
    expect((await submit).detail.message).to.equal(message);
    await aTimeout(100);
    expect((await server.received()).requests).to.have.length(0);
    expect(button(form, 'Send message')).to.exist;
  });

  it('sends form-encoded with a captcha token from the token provider', async () => {
    const server = contactServer('201');
    const form = await renderForm(server.endpoint);
    form.encoding = 'form';
    form.tokenProvider = async () => 'captcha-token-1';
    await fillIn(form);
    const success = oneEvent(form, 'press-submit-success');
    button(form, 'Send message').click();
    await success;
    const [request] = (await server.received()).requests;
    expect(request.contentType).to.contain('application/x-www-form-urlencoded');
    expect(request.captcha).to.equal('captcha-token-1');
    expect(request.body.message).to.equal(message);
  });

  it('says the form has nowhere to send when no endpoint is configured', async () => {
    const form = await fixture<PressContactForm>(
      html`<press-contact-form lang="en" .minFillTime=${0}></press-contact-form>`,
    );
    await fillIn(form);
    const failure = oneEvent(form, 'press-submit-error');
    button(form, 'Send message').click();
    expect((await failure).detail.error.code).to.equal('config');
    await form.updateComplete;
    expect(screenText(form)).to.contain('This form has no address to send messages to.');
  });

  it('starts a new message after one was sent', async () => {
    const server = contactServer('201');
    const form = await renderForm(server.endpoint);
    await fillIn(form);
    const first = oneEvent(form, 'press-submit-success');
    button(form, 'Send message').click();
    await first;
    await form.updateComplete;
    button(form, 'Send another message').click();
    await form.updateComplete;
    await form.updateComplete;
    expect(focused(form)).to.equal(field(form, 'Your name'));
    expect(field(form, 'Your message').value).to.equal('');
    expect(screenText(form)).not.to.contain('Error:');
    await fillIn(form, 'Druga poruka');
    const second = oneEvent(form, 'press-submit-success');
    button(form, 'Send message').click();
    expect((await second).detail.reference).to.equal('REF-0002');
    const { requests } = await server.received();
    expect(requests[0].key).not.to.equal(requests[1].key);
  });
});

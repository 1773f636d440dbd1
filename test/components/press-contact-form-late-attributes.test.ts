// A form sent before anyone typed in it (a restored draft sent when the connection returns), and a form
// given its feed after the first render.
import { expect, html, fixture, oneEvent } from '@open-wc/testing';
import type { PressContactForm } from '../../src/components/press-contact-form/press-contact-form.js';
import { draftId, saveDraft } from '../../src/form/draft-store.js';
import { newIdempotencyKey } from '../../src/form/send-message.js';
import { fresh } from '../helpers/fresh-url.js';
import { contactServer, renderForm, typeInto } from '../helpers/press-contact-form.js';
import { field, focused, screenText, shadow } from '../helpers/shadow.js';

describe('<press-contact-form>: sent or configured after the first render', () => {
  afterEach(() => sessionStorage.clear());

  it('checks and sends a restored draft although nobody typed in the form', async () => {
    const server = contactServer('201');
    const key = newIdempotencyKey();
    const values = { name: 'Ana Marković', email: 'ana@example.rs' };
    saveDraft('session', draftId(new URL(server.endpoint, location.href).href), { values, key, started: 0 });
    const form = await renderForm(server.endpoint);
    expect(field(form, 'Your name').value).to.equal('Ana Marković');

    // No focus and no typing before: as when a restored draft is sent once the connection returns.
    form.submit();
    await form.updateComplete;
    const summary = shadow(form).querySelector('[part="error-summary"]')!;
    expect([...summary.querySelectorAll('a')].map((link) => link.textContent)).to.deep.equal(['Enter your message']);
    await form.updateComplete;
    expect(focused(form)).to.equal(summary);
    expect((await server.received()).requests).to.have.length(0);

    await typeInto(form, 'Your message', 'Kada počinje upis u srednje škole?');
    const sent = oneEvent(form, 'press-submit-success');
    form.submit();
    const { detail } = await sent;
    expect(detail.payload).to.deep.equal({ ...values, message: 'Kada počinje upis u srednje škole?' });
    const { requests } = await server.received();
    expect(requests.map((request) => request.key)).to.deep.equal([key]);
  });

  it('loads its feed when `src` is set after the first render, showing that it loads meanwhile', async () => {
    const form = await fixture<PressContactForm>(
      html`<press-contact-form lang="en" endpoint="/api/contact"></press-contact-form>`,
    );
    expect(screenText(form)).not.to.contain('Whether you have a question');
    const loaded = oneEvent(form, 'press-load');
    form.removeAttribute('endpoint');
    // A URL no other test has loaded, so the form has to wait for it.
    form.src = fresh('/demo/feeds/sample.json');
    await form.updateComplete;
    expect(screenText(form)).to.equal('Loading…');
    await loaded;
    await form.updateComplete;
    expect(screenText(form)).to.contain('Whether you have a question, comment, suggestion');
    expect(field(form, 'Topic')).to.exist;
  });
});

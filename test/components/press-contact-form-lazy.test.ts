// Code that only some forms need arrives when a form needs it: the code that checks and sends at the
// latest when the message is sent, the feed code when the form is given a feed. Its own file, so that nothing has loaded
// either before these tests do.
import { expect, html, fixture, oneEvent } from '@open-wc/testing';
import type { PressContactForm } from '../../src/components/press-contact-form/press-contact-form.js';
import { draftId, saveDraft } from '../../src/form/draft-store.js';
import { newIdempotencyKey } from '../../src/form/idempotency-key.js';
import { contactServer, field, focused, renderForm, screenText, shadow, typeInto } from './contact-form-helpers.js';

const fetched = (module: RegExp) =>
  performance.getEntriesByType('resource').some((entry) => module.test(new URL(entry.name).pathname));

describe('<press-contact-form>: code loaded when it is needed', () => {
  afterEach(() => sessionStorage.clear());

  it('checks and sends a message although the code for it was not loaded before', async () => {
    const server = contactServer('201');
    const key = newIdempotencyKey();
    const values = { name: 'Ana Marković', email: 'ana@example.rs' };
    saveDraft('session', draftId(new URL(server.endpoint, location.href).href), { values, key, started: 0 });
    const form = await renderForm(server.endpoint);
    expect(field(form, 'Your name').value).to.equal('Ana Marković');
    expect(
      fetched(/\/form\/(send-message|validators)\.[jt]s$/),
      'the code that checks and sends, before anyone wrote',
    ).to.equal(false);

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
    expect(fetched(/\/controllers\/feed\.[jt]s$/), 'the feed code, with no feed').to.equal(false);
    expect(screenText(form)).not.to.contain('Whether you have a question');
    const loaded = oneEvent(form, 'press-load');
    form.removeAttribute('endpoint');
    form.src = '/demo/feeds/sample.json';
    await form.updateComplete;
    expect(screenText(form)).to.equal('Loading…');
    await loaded;
    await form.updateComplete;
    expect(fetched(/\/controllers\/feed\.[jt]s$/)).to.equal(true);
    expect(screenText(form)).to.contain('Whether you have a question, comment, suggestion');
    expect(field(form, 'Topic')).to.exist;
  });
});

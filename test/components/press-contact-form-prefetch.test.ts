// The sending code is fetched when a citizen starts on the form, so that sending does not wait for it.
// Its own file, so that nothing has loaded that code before this test does.
import { expect, waitUntil } from '@open-wc/testing';
import { contactServer, field, renderForm } from './contact-form-helpers.js';

const fetched = (module: RegExp) => performance.getEntriesByType('resource').some((entry) => module.test(new URL(entry.name).pathname));

describe('<press-contact-form>: the sending code', () => {
  it('is fetched on the first focus in the form, not before', async () => {
    const form = await renderForm(contactServer('201').endpoint);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetched(/\/form\/send-message\.[jt]s$/), 'fetched before anyone came to the form').to.equal(false);
    field(form, 'Your name').focus();
    await waitUntil(() => fetched(/\/form\/send-message\.[jt]s$/), 'focus did not fetch the sending code');
  });
});

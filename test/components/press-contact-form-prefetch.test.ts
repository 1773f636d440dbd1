// The code that checks and sends is fetched when a citizen starts on the form, so that leaving a field
// or sending does not wait for it. Its own file, so that nothing has loaded that code before this test does.
import { expect, waitUntil } from '@open-wc/testing';
import { contactServer, field, renderForm } from './contact-form-helpers.js';

const fetched = (module: RegExp) =>
  performance.getEntriesByType('resource').some((entry) => module.test(new URL(entry.name).pathname));

const checking = /\/form\/validators\.[jt]s$/;
const sending = /\/form\/send-message\.[jt]s$/;

describe('<press-contact-form>: the code that checks and sends', () => {
  it('is fetched on the first focus in the form, not before', async () => {
    const form = await renderForm(contactServer('201').endpoint);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetched(checking) || fetched(sending), 'fetched before anyone came to the form').to.equal(false);
    field(form, 'Your name').focus();
    await waitUntil(() => fetched(checking) && fetched(sending), 'focus did not fetch the code that checks and sends');
  });
});

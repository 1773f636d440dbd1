import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PressContactForm } from '../../src/components/press-contact-form/press-contact-form.js';
import { parseTopics } from '../../src/components/press-contact-form/press-contact-form.js';
import type { Feed } from '../../src/data/types.js';
import { fresh } from '../helpers/fresh-url.js';
import { contactServer, fillIn, renderConfigured, renderForm, typeInto, until } from '../helpers/press-contact-form.js';
import { button, field, focused, screenText, shadow } from '../helpers/shadow.js';

const feed = {
  title: 'Ministry',
  items: [],
  warnings: [],
  contact: {
    intro: 'Send us your message; if it is not in our purview, we forward it.',
    endpoint: '/api/contact-test/feed-configured/201',
    topics: [
      { id: 'question', label: 'Question', institution: 'Ministry of the Interior' },
      { id: 'problem', label: 'Report a problem', institution: 'The institution in charge' },
    ],
    privacyUrl: 'https://example.gov.rs/privacy',
    consent: 'I agree that my data is used to answer me.',
    fields: [{ name: 'phone', label: 'Phone', type: 'tel', hint: 'Only if you would like us to call you back.' }],
  },
} as unknown as Feed;

describe('<press-contact-form>: filling it in', () => {
  afterEach(() => sessionStorage.clear());

  it('shows the feed’s introduction, the fields, topics with their recipient, and consent with the privacy link', async () => {
    const form = await renderConfigured(html`<press-contact-form lang="en" .feed=${feed}></press-contact-form>`);
    expect(screenText(form)).to.contain('Send us your message; if it is not in our purview, we forward it.');
    for (const label of [
      'Your name',
      'Email address',
      'Phone number (optional)',
      'Topic (optional)',
      'Subject (optional)',
      'Your message',
      'I agree that my data is used to answer me.',
    ]) {
      expect(field(form, label), label).to.exist;
    }
    expect(screenText(form)).to.contain('Only if you would like us to call you back.');
    const topic = field<HTMLSelectElement>(form, 'Topic');
    topic.focus();
    await sendKeys({ press: 'ArrowDown' });
    await form.updateComplete;
    expect(topic.value).to.equal('question');
    expect(screenText(form)).to.contain('Your message goes to: Ministry of the Interior');
    expect(topic.getAttribute('aria-describedby')).to.contain('recipient');
    const privacy = shadow(form).querySelector<HTMLAnchorElement>('a[href="https://example.gov.rs/privacy"]')!;
    expect(privacy.textContent).to.equal('How we use your data (opens in a new tab)');
    expect(shadow(form).querySelector('form')!.noValidate).to.equal(true);
    // Announced as required by the control itself, not only by the absence of "(optional)".
    for (const label of ['Your name', 'Email address', 'Your message', 'I agree that my data is used to answer me.'])
      expect(field(form, label).required, label).to.equal(true);
    for (const label of ['Phone number', 'Topic', 'Subject'])
      expect(field(form, label).required, label).to.equal(false);
    await expect(form).to.be.accessible();
  });

  it('takes its configuration from attributes, which win over the feed', async () => {
    const form = await renderConfigured(html`<press-contact-form lang="en" .feed=${feed}
      topics="visa: Visas | Ministry of Foreign Affairs; Other" consent="" privacy-url="/privacy.html"></press-contact-form>`);
    const topic = field<HTMLSelectElement>(form, 'Topic');
    expect([...topic.options].map((option) => option.textContent)).to.deep.equal(['Choose…', 'Visas', 'Other']);
    expect(() => field(form, 'I agree')).to.throw();
    expect(shadow(form).querySelector('a')!.href).to.equal(new URL('/privacy.html', location.href).href);
  });

  it('reads topics from a simple attribute form', () => {
    expect(parseTopics('question: Question | Ministry of the Interior; Other ;; x:')).to.deep.equal([
      { id: 'question', label: 'Question', institution: 'Ministry of the Interior' },
      { id: 'Other', label: 'Other', institution: undefined },
    ]);
  });

  it('says nothing is wrong until a field is changed and left, then says what to do', async () => {
    const form = await renderForm(contactServer('201').endpoint);
    await typeInto(form, 'Email address', 'ana@');
    expect(screenText(form)).not.to.contain('correct format');
    await sendKeys({ press: 'Tab' });
    await form.updateComplete;
    const email = field(form, 'Email address');
    expect(screenText(form)).to.contain('Error: Enter an email address in the correct format, like name@example.com');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const described = email
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => shadow(form).getElementById(id)!.textContent);
    expect(described.join(' ')).to.contain('We will only use it to reply to you.');
    expect(described.join(' ')).to.contain('correct format');
    await typeInto(form, 'Email address', 'example.rs');
    expect(screenText(form)).not.to.contain('correct format');
    expect(email.hasAttribute('aria-invalid')).to.equal(false);
    expect(screenText(form)).not.to.contain('Enter your name');
  });

  it('on a failed submit, shows an error summary that takes focus and links to each field', async () => {
    const server = contactServer('201');
    const form = await renderForm(server.endpoint);
    await typeInto(form, 'Email address', 'not an address');
    button(form, 'Send message').click();
    await form.updateComplete;
    await form.updateComplete;
    const summary = shadow(form).querySelector('[part="error-summary"]')!;
    expect(focused(form)).to.equal(summary);
    const heading = summary.querySelector('[role="heading"]')!;
    expect(heading.textContent).to.equal('There is a problem');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).to.deep.equal([
      'Enter your name',
      'Enter an email address in the correct format, like name@example.com',
      'Enter your message',
    ]);
    links[0].click();
    expect(focused(form)).to.equal(field(form, 'Your name'));
    links[2].click();
    expect(focused(form)).to.equal(field(form, 'Your message'));
    expect(field(form, 'Email address').value).to.equal('not an address');
    expect((await server.received()).requests).to.have.length(0);
    await expect(form).to.be.accessible();
  });

  it('gives its own headings the level the page asks for with heading-level', async () => {
    const form = await renderForm('/api/contact-test/heading-level/201', { headingLevel: 3 });
    button(form, 'Send message').click();
    await form.updateComplete;
    await form.updateComplete;
    const heading = shadow(form).querySelector('[part="error-summary"] [role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    await expect(form).to.be.accessible();
  });

  it('counts characters and lets people type past the limit, telling them by how much', async () => {
    const form = await renderForm(contactServer('201').endpoint, { maxLength: 20 });
    const message = field<HTMLTextAreaElement>(form, 'Your message');
    expect(message.hasAttribute('maxlength')).to.equal(false);
    expect(screenText(form)).to.contain('You have 20 characters remaining');
    await typeInto(form, 'Your message', 'Molim vas za pomoć oko');
    expect(message.value).to.equal('Molim vas za pomoć oko');
    expect(screenText(form)).to.contain('You have 2 characters too many');
    expect(message.getAttribute('aria-describedby')).to.contain('count');
    const spoken = shadow(form).querySelector('.visually-hidden[aria-live="polite"]')!;
    await until(
      async () => spoken.textContent,
      (said) => said === 'You have 2 characters too many',
    );
    expect(spoken.textContent).to.equal('You have 2 characters too many');
    button(form, 'Send message').click();
    await form.updateComplete;
    const summary = shadow(form).querySelector('[part="error-summary"]')!;
    expect(summary.textContent).to.contain('You have 2 characters too many');
  });

  it('is filled in with the keyboard: Tab moves through the fields in order, the spam trap is skipped', async () => {
    const form = await renderConfigured(html`<press-contact-form lang="en" .feed=${feed}></press-contact-form>`);
    field(form, 'Your name').focus();
    const order = [];
    for (let i = 0; i < 8; i++) {
      order.push(focused(form)?.getAttribute('name') ?? focused(form)?.textContent?.trim());
      await sendKeys({ press: 'Tab' });
    }
    expect(order).to.deep.equal([
      'name',
      'email',
      'phone',
      'topic',
      'subject',
      'message',
      'consent',
      'How we use your data (opens in a new tab)',
    ]);
    expect(focused(form)?.textContent?.trim()).to.equal('Send message');
  });

  it('speaks the visitor’s language: Serbian Cyrillic labels, errors and summary', async () => {
    const form = await renderForm(contactServer('201').endpoint, { lang: 'sr-Cyrl' });
    expect(field(form, 'Име и презиме')).to.exist;
    expect(field(form, 'Број телефона (није обавезно)')).to.exist;
    button(form, 'Пошаљите поруку').click();
    await form.updateComplete;
    expect(screenText(form)).to.contain('Исправите следеће');
    expect(screenText(form)).to.contain('Унесите адресу е-поште');
    await expect(form).to.be.accessible();
  });

  it('keeps everything typed when the submit fails validation', async () => {
    const form = await renderForm(contactServer('201').endpoint);
    await fillIn(form);
    await typeInto(form, 'Email address', '@@');
    button(form, 'Send message').click();
    await form.updateComplete;
    expect(field(form, 'Your name').value).to.equal('Ana Marković');
    expect(field(form, 'Your message').value).to.equal('Kada počinje upis u srednje škole?');
  });

  it('says so when the feed with its configuration cannot be loaded', async () => {
    // A URL of its own: a failure the page already knew of would be announced before the test listens.
    const form = await fixture<PressContactForm>(
      html`<press-contact-form lang="en" src=${fresh('/test/fixtures/does-not-exist.json')}></press-contact-form>`,
    );
    await new Promise((resolve) => form.addEventListener('press-error', resolve, { once: true }));
    await form.updateComplete;
    expect(screenText(form)).to.contain('The contact form could not be loaded. Please try again later.');
    expect(button(form, 'Try again')).to.exist;
  });

  it('reads the sample feed’s configuration', async () => {
    // A URL of its own: a feed the page already has would be announced before the test listens.
    const form = await fixture<PressContactForm>(
      html`<press-contact-form lang="en" src=${fresh('/demo/feeds/sample.json')}></press-contact-form>`,
    );
    await new Promise((resolve) => form.addEventListener('press-load', resolve, { once: true }));
    await form.updateComplete;
    expect(screenText(form)).to.contain('Whether you have a question, comment, suggestion');
    expect(field(form, 'Topic')).to.exist;
    expect(field(form, 'I agree that the Ministry of the Interior')).to.exist;
  });
});

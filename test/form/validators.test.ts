import { expect } from '@open-wc/testing';
import { loadTexts } from '../../src/i18n/registry.js';
import { contactFormTexts } from '../../src/i18n/contact-form.js';
import type { ContactFormTexts } from '../../src/i18n/translation.js';
import { contactFields } from '../../src/form/contact-fields.js';
import { option, validateField } from '../../src/form/validators.js';
import type { FormField, Validator } from '../../src/form/validators.js';

const en = (await loadTexts('en', [contactFormTexts])) as ContactFormTexts;
const srLatn = (await loadTexts('sr-Latn', [contactFormTexts])) as ContactFormTexts;
const fields = (options: Partial<Parameters<typeof contactFields>[1]> = {}) =>
  contactFields(en, { topics: [], fields: [], maxLength: 20, ...options });
const byName = (list: FormField[], name: string) => list.find((field) => field.name === name)!;

describe('contact form fields and validators', () => {
  it('has name, e-mail, phone, subject and message, and a topic and consent only when configured', () => {
    expect(fields().map((field) => field.name)).to.deep.equal(['name', 'email', 'phone', 'subject', 'message']);
    const configured = fields({
      topics: [{ id: 'q', label: 'Question', institution: 'Ministry' }],
      consent: 'I agree',
    });
    expect(configured.map((field) => field.name)).to.deep.equal([
      'name',
      'email',
      'phone',
      'topic',
      'subject',
      'message',
      'consent',
    ]);
    expect(byName(configured, 'topic').options).to.deep.equal([{ value: 'q', label: 'Question' }]);
  });

  it('asks for what is required, in the visitor’s language', () => {
    const list = fields({ consent: 'I agree' });
    expect(validateField(en, byName(list, 'name'), '  ')).to.equal('Enter your name');
    expect(
      validateField(srLatn, byName(contactFields(srLatn, { topics: [], fields: [], maxLength: 20 }), 'email'), ''),
    ).to.equal('Unesite adresu e-pošte');
    expect(validateField(en, byName(list, 'consent'), false)).to.equal(
      'Tick the box to agree, so that we can answer your message',
    );
    expect(validateField(en, byName(list, 'consent'), true)).to.equal(undefined);
    expect(validateField(en, byName(list, 'phone'), '')).to.equal(undefined);
    expect(validateField(en, byName(list, 'subject'), '')).to.equal(undefined);
  });

  it('checks the format of e-mail addresses and phone numbers', () => {
    const list = fields();
    for (const bad of ['ana', 'ana@', 'ana@example', 'ana @example.rs'])
      expect(validateField(en, byName(list, 'email'), bad), bad).to.contain('correct format');
    expect(validateField(en, byName(list, 'email'), 'ana.markovic@mup.gov.rs')).to.equal(undefined);
    expect(validateField(en, byName(list, 'phone'), 'call me')).to.equal('Enter a phone number, like 011 123 4567');
    expect(validateField(en, byName(list, 'phone'), '+381 11 123-4567')).to.equal(undefined);
  });

  it('says by how much a message is too long', () => {
    const message = byName(fields(), 'message');
    expect(validateField(en, message, 'x'.repeat(20))).to.equal(undefined);
    expect(validateField(en, message, 'x'.repeat(23))).to.equal('You have 3 characters too many');
    expect(validateField(srLatn, message, 'x'.repeat(21))).to.equal('Imate 1 znak previše');
  });

  it('takes a site’s extra fields with their own validators, and lets them adjust built-in ones', () => {
    const even: Validator = {
      name: 'even',
      validate: (value) => Number(value) % 2 === 0,
      message: () => 'Use an even number',
    };
    const list = fields({
      fields: [
        { name: 'phone', label: 'Phone', type: 'tel', required: true, hint: 'For a call back' },
        {
          name: 'municipality',
          label: 'Municipality',
          type: 'select',
          required: true,
          options: [{ value: 'nbg', label: 'Novi Beograd' }],
        },
        { name: 'ticket', label: 'Ticket', validators: [even] },
      ],
    });
    const phone = byName(list, 'phone');
    expect(phone.label).to.equal('Phone number');
    expect(phone.hint).to.equal('For a call back');
    expect(validateField(en, phone, '')).to.equal('Fill in “Phone number”');
    expect(validateField(en, byName(list, 'municipality'), '')).to.equal('Select “Municipality”');
    // A server also checks that a list's value is one of its options (a browser's list cannot hold another).
    const municipality = byName(list, 'municipality');
    const checked = { ...municipality, validators: [...municipality.validators, option] };
    expect(validateField(en, checked, 'zemun')).to.equal('Select “Municipality”');
    expect(validateField(en, checked, 'nbg')).to.equal(undefined);
    expect(validateField(en, byName(list, 'ticket'), '3')).to.equal('Use an even number');
    expect(validateField(en, byName(list, 'ticket'), '4')).to.equal(undefined);
  });
});

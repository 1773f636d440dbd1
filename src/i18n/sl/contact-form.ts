// Slovenian: the texts of <press-contact-form>. Formal address (Vi, Vaš).
import type { ContactFormTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, two: string, few: string, other: string) =>
  plural('sl', n, { one, two, few, other });

export const contactForm: ContactFormTexts = {
  nameLabel: 'Ime in priimek',
  emailLabel: 'E-poštni naslov',
  emailHint: 'Uporabili ga bomo le za to, da Vam odgovorimo.',
  phoneLabel: 'Telefonska številka',
  topicLabel: 'Tema',
  subjectLabel: 'Zadeva',
  messageLabel: 'Sporočilo',
  optional: 'neobvezno',
  choose: 'Izberite …',
  recipient: (institution) => `Prejemnik sporočila: ${institution}`,
  charactersLeft: (n) =>
    count(
      n,
      'Na voljo imate še {count} znak',
      'Na voljo imate še {count} znaka',
      'Na voljo imate še {count} znake',
      'Na voljo imate še {count} znakov',
    ),
  charactersOver: (n) =>
    count(
      n,
      'Imate {count} znak preveč',
      'Imate {count} znaka preveč',
      'Imate {count} znake preveč',
      'Imate {count} znakov preveč',
    ),
  privacyLink: 'Kako uporabljamo Vaše podatke (odpre se v novem zavihku)',
  honeypotLabel: 'To polje pustite prazno',
  send: 'Pošljite sporočilo',
  sending: 'Pošiljanje …',
  retrying: (attempt, attempts) => `Sporočilo še ni poslano. Poskušamo znova (poskus ${attempt} od ${attempts}) …`,
  errorSummary: 'Prišlo je do težave',
  errorPrefix: 'Napaka:',
  nameRequired: 'Vnesite ime in priimek',
  emailRequired: 'Vnesite e-poštni naslov',
  emailInvalid: 'Vnesite e-poštni naslov v pravilni obliki, na primer ime@example.com',
  phoneInvalid: 'Vnesite telefonsko številko, na primer 011 123 4567',
  urlInvalid: 'Vnesite celoten spletni naslov, na primer https://example.com',
  messageRequired: 'Vnesite sporočilo',
  consentRequired: 'Označite soglasje, da Vam lahko odgovorimo',
  fieldRequired: (label) => `Izpolnite polje „${label}“`,
  fieldSelect: (label) => `Izberite „${label}“`,
  offlineNotice: 'Niste povezani z internetom. Lahko pišete naprej; sporočilo ostane v obrazcu.',
  offlineNotSent: 'Niste povezani z internetom, zato sporočilo še ni poslano. Ostane v obrazcu.',
  sendWhenOnline: 'Pošljite sporočilo, takoj ko bo povezava znova vzpostavljena',
  sentHeading: 'Hvala, Vaše sporočilo je poslano',
  referenceNumber: (reference) => `Številka Vašega sporočila: ${reference}`,
  sendAnother: 'Pošljite novo sporočilo',
  sendFailed: 'Sporočila ni bilo mogoče poslati',
  messageKept: 'Sporočilo je še vedno v obrazcu.',
  sendError: {
    network: 'Povezava s strežnikom ni uspela.',
    timeout: 'Strežnik se ni odzval pravočasno.',
    http: 'Strežnik trenutno ni dosegljiv.',
    busy: 'Strežnik je trenutno preobremenjen.',
    rejected: 'Strežnik sporočila ni sprejel.',
    config: 'Ta obrazec nima naslova, na katerega bi pošiljal sporočila.',
    token: 'Preverjanja zaščite pred neželeno pošto ni bilo mogoče dokončati.',
  },
  formUnavailable: 'Kontaktnega obrazca ni bilo mogoče naložiti. Poskusite znova pozneje.',
};

// Romanian: the texts of <press-contact-form>. Formal address (dumneavoastră).
import type { ContactFormTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('ro', n, { one, few, other });

export const contactForm: ContactFormTexts = {
  nameLabel: 'Nume și prenume',
  emailLabel: 'Adresă de e-mail',
  emailHint: 'O vom folosi doar pentru a vă răspunde.',
  phoneLabel: 'Număr de telefon',
  topicLabel: 'Temă',
  subjectLabel: 'Subiect',
  messageLabel: 'Mesajul dumneavoastră',
  optional: 'opțional',
  choose: 'Alegeți…',
  recipient: (institution) => `Mesajul dumneavoastră va fi trimis către: ${institution}`,
  charactersLeft: (n) =>
    count(n, 'Mai aveți {count} caracter', 'Mai aveți {count} caractere', 'Mai aveți {count} de caractere'),
  charactersOver: (n) =>
    count(
      n,
      'Ați depășit limita cu {count} caracter',
      'Ați depășit limita cu {count} caractere',
      'Ați depășit limita cu {count} de caractere',
    ),
  privacyLink: 'Cum folosim datele dumneavoastră (se deschide într-o filă nouă)',
  honeypotLabel: 'Lăsați acest câmp gol',
  send: 'Trimiteți mesajul',
  sending: 'Se trimite…',
  retrying: (attempt, attempts) =>
    `Mesajul nu a fost trimis încă. Încercăm din nou (încercarea ${attempt} din ${attempts})…`,
  errorSummary: 'A apărut o problemă',
  errorPrefix: 'Eroare:',
  nameRequired: 'Introduceți numele și prenumele',
  emailRequired: 'Introduceți adresa de e-mail',
  emailInvalid: 'Introduceți o adresă de e-mail în formatul corect, de exemplu nume@example.com',
  phoneInvalid: 'Introduceți un număr de telefon, de exemplu 011 123 4567',
  urlInvalid: 'Introduceți o adresă web completă, de exemplu https://example.com',
  messageRequired: 'Introduceți mesajul',
  consentRequired: 'Bifați caseta de acord, pentru a vă putea răspunde',
  fieldRequired: (label) => `Completați „${label}”`,
  fieldSelect: (label) => `Selectați „${label}”`,
  offlineNotice: 'Nu există conexiune la internet. Puteți continua să scrieți: mesajul rămâne în formular.',
  offlineNotSent: 'Nu există conexiune la internet, așa că mesajul nu a fost trimis încă. Rămâne în formular.',
  sendWhenOnline: 'Trimiteți mesajul imediat ce conexiunea este restabilită',
  sentHeading: 'Vă mulțumim, mesajul dumneavoastră a fost trimis',
  referenceNumber: (reference) => `Numărul de înregistrare: ${reference}`,
  sendAnother: 'Trimiteți alt mesaj',
  sendFailed: 'Mesajul nu a putut fi trimis',
  messageKept: 'Mesajul este în continuare în formular.',
  sendError: {
    network: 'Conexiunea la server a eșuat.',
    timeout: 'Serverul nu a răspuns la timp.',
    http: 'Serverul nu este disponibil momentan.',
    busy: 'Serverul este suprasolicitat momentan.',
    rejected: 'Serverul nu a acceptat mesajul.',
    config: 'Acest formular nu are o adresă către care să trimită mesajele.',
    token: 'Verificarea anti-spam nu a putut fi finalizată.',
  },
  formUnavailable: 'Formularul de contact nu a putut fi încărcat. Încercați din nou mai târziu.',
};

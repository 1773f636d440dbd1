// Croatian: the texts of <press-contact-form>. Formal address (Vi, Vaš).
import type { ContactFormTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('hr', n, { one, few, other });

export const contactForm: ContactFormTexts = {
  nameLabel: 'Ime i prezime',
  emailLabel: 'Adresa e-pošte',
  emailHint: 'Upotrijebit ćemo je samo kako bismo Vam odgovorili.',
  phoneLabel: 'Broj telefona',
  topicLabel: 'Tema',
  subjectLabel: 'Predmet',
  messageLabel: 'Poruka',
  optional: 'nije obavezno',
  choose: 'Odaberite…',
  recipient: (institution) => `Primatelj poruke: ${institution}`,
  charactersLeft: (n) =>
    count(n, 'Preostao je još {count} znak', 'Preostala su još {count} znaka', 'Preostalo je još {count} znakova'),
  charactersOver: (n) =>
    count(n, 'Imate {count} znak previše', 'Imate {count} znaka previše', 'Imate {count} znakova previše'),
  privacyLink: 'Kako upotrebljavamo Vaše podatke (otvara se u novoj kartici)',
  honeypotLabel: 'Ostavite ovo polje prazno',
  send: 'Pošaljite poruku',
  sending: 'Slanje…',
  retrying: (attempt, attempts) => `Poruka još nije poslana. Pokušavamo ponovno (pokušaj ${attempt} od ${attempts})…`,
  errorSummary: 'Ispravite sljedeće',
  errorPrefix: 'Pogreška:',
  nameRequired: 'Unesite ime i prezime',
  emailRequired: 'Unesite adresu e-pošte',
  emailInvalid: 'Unesite adresu e-pošte u ispravnom obliku, na primjer ime@example.com',
  phoneInvalid: 'Unesite broj telefona, na primjer 011 123 4567',
  urlInvalid: 'Unesite punu web-adresu, na primjer https://example.com',
  messageRequired: 'Unesite poruku',
  consentRequired: 'Označite privolu kako bismo Vam mogli odgovoriti',
  fieldRequired: (label) => `Ispunite polje „${label}“`,
  fieldSelect: (label) => `Odaberite „${label}“`,
  offlineNotice: 'Niste povezani s internetom. Možete nastaviti pisati; poruka ostaje u obrascu.',
  offlineNotSent: 'Niste povezani s internetom pa poruka još nije poslana. Ostaje u obrascu.',
  sendWhenOnline: 'Pošaljite poruku čim se veza ponovno uspostavi',
  sentHeading: 'Hvala, Vaša je poruka poslana',
  referenceNumber: (reference) => `Broj Vaše poruke: ${reference}`,
  sendAnother: 'Pošaljite novu poruku',
  sendFailed: 'Poruka nije poslana',
  messageKept: 'Poruka je i dalje u obrascu.',
  sendError: {
    network: 'Veza s poslužiteljem nije uspjela.',
    timeout: 'Poslužitelj nije odgovorio na vrijeme.',
    http: 'Poslužitelj trenutačno nije dostupan.',
    busy: 'Poslužitelj je trenutačno preopterećen.',
    rejected: 'Poslužitelj nije prihvatio poruku.',
    config: 'Ovaj obrazac nema adresu na koju šalje poruke.',
    token: 'Provjera zaštite od neželjenih poruka nije uspjela.',
  },
  formUnavailable: 'Obrazac za kontakt nije moguće učitati. Pokušajte ponovno kasnije.',
};

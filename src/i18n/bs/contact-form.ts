// Bosnian: the texts of <press-contact-form>. Formal address (Vi, Vaš).
import type { ContactFormTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('bs', n, { one, few, other });

export const contactForm: ContactFormTexts = {
  nameLabel: 'Ime i prezime',
  emailLabel: 'Adresa e-pošte',
  emailHint: 'Koristit ćemo je samo da bismo Vam odgovorili.',
  phoneLabel: 'Broj telefona',
  topicLabel: 'Tema',
  subjectLabel: 'Naslov',
  messageLabel: 'Poruka',
  optional: 'nije obavezno',
  choose: 'Izaberite…',
  recipient: (institution) => `Primalac poruke: ${institution}`,
  charactersLeft: (n) =>
    count(n, 'Preostao je još {count} znak', 'Preostala su još {count} znaka', 'Preostalo je još {count} znakova'),
  charactersOver: (n) =>
    count(n, 'Imate {count} znak previše', 'Imate {count} znaka previše', 'Imate {count} znakova previše'),
  privacyLink: 'Kako koristimo Vaše podatke (otvara se u novoj kartici)',
  honeypotLabel: 'Ostavite ovo polje prazno',
  send: 'Pošaljite poruku',
  sending: 'Slanje…',
  retrying: (attempt, attempts) => `Poruka još nije poslana. Pokušavamo ponovo (pokušaj ${attempt} od ${attempts})…`,
  errorSummary: 'Ispravite sljedeće',
  errorPrefix: 'Greška:',
  nameRequired: 'Unesite ime i prezime',
  emailRequired: 'Unesite adresu e-pošte',
  emailInvalid: 'Unesite ispravnu adresu e-pošte, na primjer ime@example.com',
  phoneInvalid: 'Unesite broj telefona, na primjer 011 123 4567',
  urlInvalid: 'Unesite punu web-adresu, na primjer https://example.com',
  messageRequired: 'Unesite poruku',
  consentRequired: 'Označite saglasnost kako bismo Vam mogli odgovoriti',
  fieldRequired: (label) => `Popunite polje „${label}“`,
  fieldSelect: (label) => `Izaberite „${label}“`,
  offlineNotice: 'Niste povezani na internet. Možete nastaviti pisati; poruka ostaje u obrascu.',
  offlineNotSent: 'Niste povezani na internet, pa poruka još nije poslana. Ostaje u obrascu.',
  sendWhenOnline: 'Pošaljite poruku čim se veza ponovo uspostavi',
  sentHeading: 'Hvala, Vaša poruka je poslana',
  referenceNumber: (reference) => `Broj Vaše poruke: ${reference}`,
  sendAnother: 'Pošaljite novu poruku',
  sendFailed: 'Poruka nije poslana',
  messageKept: 'Poruka je i dalje u obrascu.',
  sendError: {
    network: 'Veza sa serverom nije uspjela.',
    timeout: 'Server nije odgovorio na vrijeme.',
    http: 'Server trenutno nije dostupan.',
    busy: 'Server je trenutno preopterećen.',
    rejected: 'Server nije prihvatio poruku.',
    config: 'Ovaj obrazac nema adresu na koju šalje poruke.',
    token: 'Provjera zaštite od neželjenih poruka nije uspjela.',
  },
  formUnavailable: 'Obrazac za kontakt nije moguće učitati. Pokušajte ponovo kasnije.',
};

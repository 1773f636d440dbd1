// Serbian in Latin script: the texts of <press-contact-form>.
import type { ContactFormTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('sr', n, { one, few, other });

export const contactForm: ContactFormTexts = {
  nameLabel: 'Ime i prezime',
  emailLabel: 'Adresa e-pošte',
  emailHint: 'Koristićemo je samo da bismo vam odgovorili.',
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
  privacyLink: 'Kako koristimo vaše podatke (otvara se u novoj kartici)',
  honeypotLabel: 'Ostavite ovo polje prazno',
  send: 'Pošaljite poruku',
  sending: 'Slanje…',
  retrying: (attempt, attempts) => `Poruka još nije poslata. Pokušavamo ponovo (pokušaj ${attempt} od ${attempts})…`,
  errorSummary: 'Ispravite sledeće',
  errorPrefix: 'Greška:',
  nameRequired: 'Unesite ime i prezime',
  emailRequired: 'Unesite adresu e-pošte',
  emailInvalid: 'Unesite ispravnu adresu e-pošte, sa znakom @ i domenom',
  phoneInvalid: 'Unesite broj telefona, na primer 011 123 4567',
  urlInvalid: 'Unesite punu veb-adresu',
  messageRequired: 'Unesite poruku',
  consentRequired: 'Označite saglasnost da bismo mogli da vam odgovorimo',
  fieldRequired: (label) => `Popunite polje „${label}“`,
  fieldSelect: (label) => `Izaberite „${label}“`,
  offlineNotice: 'Niste povezani na internet. Možete da nastavite da pišete; poruka ostaje u obrascu.',
  offlineNotSent: 'Niste povezani na internet, pa poruka još nije poslata. Ostaje u obrascu.',
  sendWhenOnline: 'Pošaljite poruku čim se veza ponovo uspostavi',
  sentHeading: 'Hvala, vaša poruka je poslata',
  referenceNumber: (reference) => `Broj vaše poruke: ${reference}`,
  sendAnother: 'Pošaljite novu poruku',
  sendFailed: 'Poruka nije poslata',
  messageKept: 'Poruka je i dalje u obrascu.',
  sendError: {
    network: 'Veza sa serverom nije uspela.',
    timeout: 'Server nije odgovorio na vreme.',
    http: 'Server trenutno nije dostupan.',
    busy: 'Server je trenutno preopterećen.',
    rejected: 'Server nije prihvatio poruku.',
    config: 'Ovaj obrazac nema adresu na koju šalje poruke.',
    token: 'Provera zaštite od neželjenih poruka nije uspela.',
  },
  formUnavailable: 'Obrazac za kontakt nije moguće učitati. Pokušajte ponovo kasnije.',
};

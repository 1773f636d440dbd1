// Serbian in Cyrillic script, saying exactly what sr-Latn says: the texts of <press-contact-form>.
import type { ContactFormTexts } from '../translation.js';
import { plural } from '../plural.js';

const count = (n: number, one: string, few: string, other: string) => plural('sr', n, { one, few, other });

export const contactForm: ContactFormTexts = {
  nameLabel: 'Име и презиме',
  emailLabel: 'Адреса е-поште',
  emailHint: 'Користићемо је само да бисмо вам одговорили.',
  phoneLabel: 'Број телефона',
  topicLabel: 'Тема',
  subjectLabel: 'Наслов',
  messageLabel: 'Порука',
  optional: 'није обавезно',
  choose: 'Изаберите…',
  recipient: (institution) => `Прималац поруке: ${institution}`,
  charactersLeft: (n) =>
    count(n, 'Преостао је још {count} знак', 'Преостала су још {count} знака', 'Преостало је још {count} знакова'),
  charactersOver: (n) =>
    count(n, 'Имате {count} знак превише', 'Имате {count} знака превише', 'Имате {count} знакова превише'),
  privacyLink: 'Како користимо ваше податке (отвара се у новој картици)',
  honeypotLabel: 'Оставите ово поље празно',
  send: 'Пошаљите поруку',
  sending: 'Слање…',
  retrying: (attempt, attempts) => `Порука још није послата. Покушавамо поново (покушај ${attempt} од ${attempts})…`,
  errorSummary: 'Исправите следеће',
  errorPrefix: 'Грешка:',
  nameRequired: 'Унесите име и презиме',
  emailRequired: 'Унесите адресу е-поште',
  emailInvalid: 'Унесите исправну адресу е-поште, са знаком @ и доменом',
  phoneInvalid: 'Унесите број телефона, на пример 011 123 4567',
  urlInvalid: 'Унесите пуну веб-адресу',
  messageRequired: 'Унесите поруку',
  consentRequired: 'Означите сагласност да бисмо могли да вам одговоримо',
  fieldRequired: (label) => `Попуните поље „${label}“`,
  fieldSelect: (label) => `Изаберите „${label}“`,
  offlineNotice: 'Нисте повезани на интернет. Можете да наставите да пишете; порука остаје у обрасцу.',
  offlineNotSent: 'Нисте повезани на интернет, па порука још није послата. Остаје у обрасцу.',
  sendWhenOnline: 'Пошаљите поруку чим се веза поново успостави',
  sentHeading: 'Хвала, ваша порука је послата',
  referenceNumber: (reference) => `Број ваше поруке: ${reference}`,
  sendAnother: 'Пошаљите нову поруку',
  sendFailed: 'Порука није послата',
  messageKept: 'Порука је и даље у обрасцу.',
  sendError: {
    network: 'Веза са сервером није успела.',
    timeout: 'Сервер није одговорио на време.',
    http: 'Сервер тренутно није доступан.',
    busy: 'Сервер је тренутно преоптерећен.',
    rejected: 'Сервер није прихватио поруку.',
    config: 'Овај образац нема адресу на коју шаље поруке.',
    token: 'Провера заштите од нежељених порука није успела.',
  },
  formUnavailable: 'Образац за контакт није могуће учитати. Покушајте поново касније.',
};

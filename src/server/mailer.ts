// The mail that forwards a message to the institution in charge, and the SMTP connection it goes by
// (nodemailer). Plain text only: the citizen's words are never read as HTML by the institution's mail.
import { createTransport, type SendMailOptions } from 'nodemailer';
import type { FormField } from '../form/validators.js';
import type { ContactFormTexts } from '../i18n/translation.js';
import type { StoredMessage } from './store.js';

export interface Mailer {
  send(mail: SendMailOptions): Promise<void>;
  close(): void;
}

/** What a mail is written from: the form's fields in the institution's language, the routes and the sender. */
export interface Letterhead {
  t: ContactFormTexts;
  fields: FormField[];
  routes: Record<string, string>;
  from: string;
}

/** No route for the message's topic: the configuration changed since it was filed. It waits for one. */
export class NoRouteError extends Error {
  override readonly name = 'NoRouteError';
}

const domainOf = (address: string) => /@([^\s<>@]+?)>?\s*$/.exec(address)?.[1] ?? 'localhost';

/**
 * The mail for one message: to the topic's route, `Reply-To` the citizen, the reference in the subject
 * and in a header, each field under the label the citizen saw. The Message-ID is made from the reference,
 * so should a mail ever go twice (the process stopped between the mail server's "accepted" and the
 * store's record of it), the institution's mail program shows one message.
 */
export function composeMail(message: StoredMessage, { t, fields, routes, from }: Letterhead): SendMailOptions {
  const { reference, topic, fields: values, receivedAt } = message;
  const to = routes[topic ?? '*'] ?? routes['*'];
  if (!to) throw new NoRouteError(`"routes" has no address for the topic "${topic}" and no "*".`);
  const shown = (field: FormField) => {
    const value = values[field.name];
    return field.type === 'select' ? (field.options?.find((choice) => choice.value === value)?.label ?? value) : value;
  };
  const lines = fields.flatMap((field) => {
    const value = shown(field);
    if (!value) return [];
    if (field.type === 'checkbox') return [`[x] ${field.label}`];
    if (field.type === 'textarea') return ['', `${field.label}:`, String(value), ''];
    // A form's one-line field holds no line break; a post's may, and it would read as another field.
    return [`${field.label}: ${String(value).replace(/\s+/g, ' ')}`];
  });
  const topicField = fields.find((field) => field.name === 'topic');
  const about = [topicField && shown(topicField), values.subject].filter(Boolean).join(' – ');
  return {
    from,
    to,
    replyTo: values.email ? { name: String(values.name ?? ''), address: String(values.email) } : undefined,
    subject: `[${reference}]${about ? ` ${about}` : ''}`,
    text: [t.referenceNumber(reference), '', ...lines].join('\n').trim() + '\n',
    date: receivedAt,
    messageId: `<${reference}@${domainOf(from)}>`,
    headers: { 'X-Press-Reference': reference },
  };
}

/** Sends over SMTP (`smtp://` or `smtps://` URL), a few connections kept open between mails. */
export function smtpMailer(url: string): Mailer {
  const transport = createTransport({
    url,
    pool: true,
    maxConnections: 3,
    // The outbox retries a mail that did not go; the pool re-sending it as well could send it twice.
    maxRequeues: 0,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (mail) => void (await transport.sendMail(mail)),
    close: () => transport.close(),
  };
}

// The contact handler mounted in the apps offices already run (Express, Fastify), and the parts an
// office reads about in the docs: the configuration's checks and the outbox's waits.
import { after, before, describe, it } from 'node:test';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import express from 'express';
import Fastify from 'fastify';
import {
  ConfigError,
  createContactHandler,
  defaultRetryDelays,
  readConfig,
  retryDelay,
  type ContactHandler,
} from '@sepca/press-widgets/contact-server';
import { post, startSink, testConfig, validMessage, type Sink } from '../helpers/contact-server.js';

describe('the contact handler in an app', () => {
  let sink: Sink;
  let contact: ContactHandler;
  before(async () => {
    sink = await startSink();
    contact = await createContactHandler(await testConfig('sqlite', sink), { log: () => {} });
  });
  after(async () => {
    await contact.close();
    await sink.stop();
  });

  it('answers at the feed’s endpoint in Express, and leaves every other path to the app', async () => {
    const app = express();
    app.use(contact);
    app.get('/about', (_request, response) => void response.send('About us'));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { status, json } = await post(`${origin}/api/contact`, validMessage());
      expect(status).to.equal(201);
      expect(json.reference).to.be.a('string');
      expect(await (await fetch(`${origin}/about`)).text()).to.equal('About us');
      expect((await fetch(`${origin}/healthz`)).status).to.equal(200);
    } finally {
      server.close();
    }
  });

  it('answers at the feed’s endpoint in Fastify, from an onRequest hook, before Fastify reads the body', async () => {
    const app = Fastify();
    app.addHook('onRequest', async (request, reply) => {
      if (!contact.handles(request.raw)) return;
      reply.hijack();
      await contact(request.raw, reply.raw);
    });
    app.get('/about', async () => 'About us');
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const { status, json } = await post(`${origin}/api/contact`, validMessage());
      expect(status).to.equal(201);
      expect(json.reference).to.be.a('string');
      expect(await (await fetch(`${origin}/about`)).text()).to.equal('About us');
    } finally {
      await app.close();
    }
  });
});

describe('the contact server’s configuration', () => {
  const minimal = {
    feed: 'feed.json',
    routes: { '*': 'kontakt@mup.gov.rs' },
    smtp: 'smtp://mail.mup.gov.rs:587',
    from: 'Contact form <kontakt@mup.gov.rs>',
  };

  it('fills in the defaults, paths from the configuration’s folder', () => {
    expect(readConfig(minimal, '/etc/press')).to.deep.include({
      port: 8080,
      store: { kind: 'sqlite', folder: '/etc/press/contact-data' },
      feed: '/etc/press/feed.json',
      allowOrigins: [],
      retainDays: 365,
      rateLimit: 10,
      bodyLimit: 65_536,
      maxLength: 2000,
      trustProxy: 0,
    });
    expect(readConfig({ ...minimal, database_url: 'postgres://contact@db/contact' }).store).to.deep.equal({
      kind: 'postgresql',
      url: 'postgres://contact@db/contact',
    });
  });

  it('names every mistake at once', () => {
    const mistakes = () =>
      readConfig({
        ...minimal,
        data: 'contact-data',
        database_url: 'mysql://db',
        allow_origins: ['https://www.mup.gov.rs/'],
        retain_days: 0,
      });
    expect(mistakes).to.throw(ConfigError);
    const lines = (() => {
      try {
        mistakes();
        return [];
      } catch (error) {
        return (error as Error).message.split('\n');
      }
    })();
    expect(lines).to.have.length(4);
    expect(lines.join('\n'))
      .to.contain('"data" or "database_url"')
      .and.contain('"allow_origins"')
      .and.contain('"retain_days"');
  });
});

describe('the outbox’s waits', () => {
  it('waits 5 s after a first failure, twice as long after each further one, and never more than 5 minutes', () => {
    const waits = Array.from({ length: 9 }, (_, index) => retryDelay(index + 1, defaultRetryDelays) / 1000);
    expect(waits).to.deep.equal([5, 10, 20, 40, 80, 160, 300, 300, 300]);
  });
});

// A contact endpoint that misbehaves on demand, for <press-contact-form> tests.
//
//   POST /api/contact-test/<bucket>/<plan>   plan = comma-separated steps, one per request received in
//                                            the bucket (the last step repeats), e.g. `drop,503,201`
//   GET  /api/contact-test/<bucket>          what the bucket received: { requests, filed }
//   POST /api/contact-test/<bucket>/release  answers the requests a `hold` step keeps waiting
//
// Steps: `201` files the message and answers { reference }; `drop` destroys the socket; `slow` answers
// 201 after 2 s (after the client timed out); `hold` waits for `release`; `408`, `500`, `503`;
// `429` (Retry-After: 1); `429long` (Retry-After: 3600); `422` field errors as an object; `400list`
// field errors as a list; `403` a plain refusal.
// Like a real idempotent server it files a message once per Idempotency-Key: a repeated key gets the
// first reference again, so `filed` counts messages and `requests` counts attempts.

const buckets = new Map();

function bucketOf(name) {
  if (!buckets.has(name)) buckets.set(name, { requests: [], filed: [], held: [] });
  return buckets.get(name);
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function parse(body, type = '') {
  try {
    return type.includes('json') ? JSON.parse(body) : Object.fromEntries(new URLSearchParams(body));
  } catch {
    return body;
  }
}

function file(bucket, request) {
  const key = request.key ?? `no-key-${bucket.filed.length}`;
  let filed = bucket.filed.find((message) => message.key === key);
  if (!filed) {
    filed = { key, reference: `REF-${String(bucket.filed.length + 1).padStart(4, '0')}`, body: request.body };
    bucket.filed.push(filed);
  }
  return filed.reference;
}

const json = (ctx, status, body, headers = {}) => {
  ctx.status = status;
  ctx.set({ 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  ctx.body = JSON.stringify(body);
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export default async function contactTestEndpoint(ctx, next) {
  const match = ctx.path.match(/^\/api\/contact-test\/([\w-]+)(?:\/([\w,-]+))?$/);
  if (!match) return next();
  const [, name, plan] = match;
  const bucket = bucketOf(name);

  if (ctx.method === 'GET') return json(ctx, 200, { requests: bucket.requests, filed: bucket.filed });
  if (ctx.method !== 'POST' || !plan) return json(ctx, 405, { message: 'POST to /api/contact-test/<bucket>/<plan>.' });
  if (plan === 'release') {
    bucket.held.splice(0).forEach((release) => release());
    return json(ctx, 200, {});
  }

  const type = ctx.get('content-type');
  const request = {
    url: ctx.url,
    key: ctx.get('idempotency-key') || undefined,
    contentType: type,
    captcha: ctx.get('x-captcha-token') || undefined,
    body: parse(await readBody(ctx.req), type),
  };
  bucket.requests.push(request);
  const steps = plan.split(',');
  const step = steps[Math.min(bucket.requests.length - 1, steps.length - 1)];

  switch (step) {
    case 'drop':
      // Nothing is answered; the status only keeps the runner from reporting a 404.
      ctx.status = 200;
      ctx.respond = false;
      ctx.req.socket.destroy();
      return undefined;
    case 'slow':
      await sleep(2000);
      return json(ctx, 201, { reference: file(bucket, request) });
    case 'hold':
      await new Promise((resolve) => bucket.held.push(resolve));
      return json(ctx, 201, { reference: file(bucket, request) });
    case '429':
      return json(ctx, 429, { message: 'Too many requests.' }, { 'retry-after': '1' });
    case '429long':
      return json(ctx, 429, { message: 'Too many requests.' }, { 'retry-after': '3600' });
    case '422':
      return json(ctx, 422, {
        errors: { email: 'This mailbox does not exist.', subject: 'Subjects cannot contain links.' },
      });
    case '400list':
      return json(ctx, 400, [{ field: 'message', message: 'The message contains a forbidden word.' }]);
    case '403':
      return json(ctx, 403, { message: 'Messages from this site are not accepted.' });
    case '201':
      return json(ctx, 201, { reference: file(bucket, request) });
    default:
      return json(ctx, Number(step) || 500, { message: `Failing with ${step} on purpose.` });
  }
}

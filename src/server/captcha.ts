// The hook that checks the captcha token the form sends as `X-Captcha-Token`, and the one the
// configuration's `captcha` sets up: a siteverify endpoint, as Cloudflare Turnstile, hCaptcha and
// reCAPTCHA each offer with the same request (the secret and the token) and answer (`success`).
import type { IncomingMessage } from 'node:http';

/** True when the token shows a person sent the message. Throwing means the check could not be made. */
export type CaptchaCheck = (token: string | undefined, request: IncomingMessage) => boolean | Promise<boolean>;

const verifyTimeout = 10_000;

export function siteVerify(verifyUrl: string, secret: string): CaptchaCheck {
  return async (token) => {
    if (!token) return false;
    const response = await fetch(verifyUrl, {
      method: 'POST',
      body: new URLSearchParams({ secret, response: token }),
      signal: AbortSignal.timeout(verifyTimeout),
    });
    if (!response.ok) throw new Error(`The captcha check answered HTTP ${response.status}.`);
    const result: unknown = await response.json();
    return typeof result === 'object' && result !== null && (result as { success?: unknown }).success === true;
  };
}

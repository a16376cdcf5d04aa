import type { Credential } from './registry/credentials/credential.ts';

/**
 * Every secret the run holds (passwords, identity tokens, registry and bearer tokens), in every
 * encoding it may have been sent in, so that none is printed even when a server echoes it back:
 * a registry whose 500 body repeats the request's Authorization header otherwise made the CLI
 * print the Basic credentials or the bearer token (issue 13, item 7). Process-wide on purpose: a
 * secret is a secret in any message, whichever client learnt it.
 */
const forms = new Set<string>();

/** Shorter strings would blank out ordinary words; such secrets are not worth the name anyway. */
const MIN_LENGTH = 4;

const add = (form: string): void => {
  if (form.length >= MIN_LENGTH) forms.add(form);
};

/** The forms a secret travels in: as is, base64 (Basic), base64url, URL and form encoded, JSON-escaped. */
function addEncodings(secret: string): void {
  add(secret);
  add(Buffer.from(secret).toString('base64'));
  add(Buffer.from(secret).toString('base64').replace(/=+$/, ''));
  add(Buffer.from(secret).toString('base64url'));
  add(encodeURIComponent(secret));
  add(new URLSearchParams({ s: secret }).toString().slice(2));
  add(JSON.stringify(secret).slice(1, -1));
}

/** Remembers a secret value (a token, a password). */
export function holdSecret(secret: string): void {
  if (secret.length >= MIN_LENGTH) addEncodings(secret);
}

/** Remembers a credential: each secret, and `user:secret` as Basic auth sends it. */
export function holdCredential(credential: Credential | undefined): void {
  if (credential === undefined) return;
  if (credential.kind === 'basic') {
    holdSecret(credential.password);
    addEncodings(`${credential.username}:${credential.password}`);
  } else if (credential.kind === 'identity') {
    holdSecret(credential.token);
    addEncodings(`${credential.username ?? '<token>'}:${credential.token}`);
  } else {
    holdSecret(credential.token);
  }
}

const REDACTED = '<redacted>';

/** The text with every held secret, in any of its encodings, replaced by <redacted>. Longest first, so a form containing another goes whole. */
export function redactSecrets(text: string): string {
  if (forms.size === 0) return text;
  let out = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}

import { usageError } from '../../errors.ts';
import { holdCredential } from '../../redact.ts';

/** What a registry can be authenticated with. Never printed. */
export type Credential =
  | { kind: 'basic'; username: string; password: string }
  /** An OAuth2 refresh token (`identitytoken`, or a helper's `<token>` user), exchanged at the realm. */
  | { kind: 'identity'; username: string | undefined; token: string }
  /** A bearer token used as is (`registrytoken`). */
  | { kind: 'registry-token'; token: string };

/** `user:secret` as given on the command line; the secret may contain ':'. */
export function parseUserSecret(value: string, flag: string): Credential {
  const colon = value.indexOf(':');
  if (colon <= 0) throw usageError(`${flag} must be USER:SECRET (the user part is missing or there is no ':')`);
  const credential: Credential = { kind: 'basic', username: value.slice(0, colon), password: value.slice(colon + 1) };
  holdCredential(credential);
  return credential;
}

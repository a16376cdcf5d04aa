import { FlattenError } from '../../errors.ts';
import type { Credential } from './credential.ts';

/**
 * Credentials from the embedding program, asked per registry host before any config file
 * (go-containerregistry's authn.Keychain). The answer for a host is used for that host's requests
 * only (and its token realm); undefined falls through to the Docker/containers config files.
 */
export type CredentialFunction = (host: string) => Credential | undefined | Promise<Credential | undefined>;

/** The same as an object, like go-containerregistry's `authn.Keychain`. */
export interface Keychain {
  resolve(host: string): Credential | undefined | Promise<Credential | undefined>;
}

/**
 * A function or a keychain object. `host` is the registry as written in references: `ghcr.io`,
 * `127.0.0.1:5000`, `docker.io` for Docker Hub.
 */
export type CredentialProvider = CredentialFunction | Keychain;

const KINDS = new Set(['basic', 'identity', 'registry-token']);

/** Asks the provider about one host; a malformed answer is refused here, before anything is sent. */
export async function askProvider(provider: CredentialProvider, host: string): Promise<Credential | undefined> {
  const answer = await (typeof provider === 'function' ? provider(host) : provider.resolve(host));
  if (answer === undefined) return undefined;
  if (typeof answer !== 'object' || answer === null || !KINDS.has((answer as { kind?: unknown }).kind as string)) {
    throw new FlattenError(
      'auth',
      `the credential provider answered ${host} with something that is not a Credential (kind basic, identity or registry-token)`,
    );
  }
  return answer;
}

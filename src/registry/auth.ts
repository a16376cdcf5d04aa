import { type Challenge, mergeScopes, scopesCover } from './challenge.ts';
import type { Connections } from './connection.ts';
import type { Credential } from './credentials/credential.ts';
import type { CredentialStore } from './credentials/store.ts';
import { holdCredential } from '../redact.ts';
import { basicHeader, fetchToken, type Token } from './token.ts';

/**
 * Authorization for one client: per registry, the challenge it sent and the bearer token for the
 * widest scope set asked so far, fetched by the token exchange (token.ts) once at a time.
 */
export interface Authorizer {
  /** Record the challenge from the registry's `/v2/` ping (undefined: anonymous access). */
  setChallenge(registry: string, challenge: Challenge | undefined): void;
  /** The Authorization header for a request needing `scopes`, or undefined for anonymous. */
  header(registry: string, scopes: readonly string[], what: string, signal?: AbortSignal): Promise<string | undefined>;
  /** After a 401: whether another attempt can succeed (new challenge, widened scope, stale token). */
  unauthorized(registry: string, challenge: Challenge | undefined, scopes: readonly string[]): boolean;
  /** Where credentials were looked for, for hints. */
  hint(registry: string): string | undefined;
}

export interface AuthorizerOptions {
  connections: Connections;
  credentials: CredentialStore | undefined;
  isInsecure: (registry: string) => boolean;
  userAgent: string;
}

interface RegistryState {
  challenge: Challenge | undefined;
  scopes: string[];
  token: Token | undefined;
  pending: Promise<Token> | undefined;
  refreshToken: string | undefined;
}

const repositoryOfScopes = (scopes: readonly string[]): string | undefined => {
  const first = scopes.find((s) => s.startsWith('repository:'));
  return first?.slice('repository:'.length, first.lastIndexOf(':'));
};

export function createAuthorizer(options: AuthorizerOptions): Authorizer {
  const states = new Map<string, RegistryState>();
  const stateOf = (registry: string): RegistryState => {
    let state = states.get(registry);
    if (state === undefined) {
      state = { challenge: undefined, scopes: [], token: undefined, pending: undefined, refreshToken: undefined };
      states.set(registry, state);
    }
    return state;
  };

  const credentialFor = async (registry: string, scopes: readonly string[]): Promise<Credential | undefined> => {
    const credential = await options.credentials?.get(registry, repositoryOfScopes(scopes));
    // Known before it is sent, so that no server can echo it into a message (src/redact.ts).
    holdCredential(credential);
    return credential;
  };

  return {
    setChallenge(registry, challenge) {
      stateOf(registry).challenge = challenge;
    },

    async header(registry, scopes, what, signal) {
      const state = stateOf(registry);
      const { challenge } = state;
      if (challenge === undefined) return undefined;
      const credential = await credentialFor(registry, scopes);
      if (credential?.kind === 'registry-token') return `Bearer ${credential.token}`;
      if (challenge.scheme === 'basic') {
        return credential?.kind === 'basic' ? basicHeader(credential.username, credential.password) : undefined;
      }
      state.scopes = mergeScopes([...state.scopes, ...scopes]);
      for (;;) {
        const { token } = state;
        if (token !== undefined && token.expiresAt > Date.now() && scopesCover(token.scopes, scopes)) return `Bearer ${token.value}`;
        if (state.pending === undefined) {
          const wanted = state.scopes;
          state.pending = fetchToken(options, {
            registry,
            challenge,
            scopes: wanted,
            credential,
            refreshToken: state.refreshToken,
            what,
            signal,
          })
            .then((token) => {
              if (token.refreshToken !== undefined) state.refreshToken = token.refreshToken;
              return token;
            })
            .finally(() => {
              state.pending = undefined;
            });
          state.token = await state.pending;
          return `Bearer ${state.token.value}`;
        }
        await state.pending.catch(() => undefined);
      }
    },

    unauthorized(registry, challenge, scopes) {
      const state = stateOf(registry);
      if (challenge === undefined) return false;
      const previous = state.challenge;
      state.challenge = challenge;
      if (previous === undefined || previous.scheme !== challenge.scheme) return true;
      if (challenge.scheme === 'basic') return false;
      const before = state.scopes;
      const widened = mergeScopes([...before, ...scopes, ...challenge.scopes]);
      const hadToken = state.token !== undefined;
      state.scopes = widened;
      state.token = undefined;
      return hadToken || !scopesCover(before, widened);
    },

    hint(registry) {
      return options.credentials?.searched(registry);
    },
  };
}

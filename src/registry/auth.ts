import { text } from 'node:stream/consumers';
import { isLoopbackRegistry } from '../reference/reference.ts';
import { type Challenge, mergeScopes, scopesCover } from './challenge.ts';
import type { Connections } from './connection.ts';
import type { Credential } from './credentials/credential.ts';
import type { CredentialStore } from './credentials/store.ts';
import { diagnose, networkError, oneLine, RegistryError } from './errors.ts';
import { holdCredential, holdSecret } from '../redact.ts';

/**
 * Authorization for one client: per registry, the challenge it sent and the bearer token for the
 * widest scope set asked so far. Tokens live until `expires_in` (default 60 s).
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

interface Token {
  value: string;
  scopes: string[];
  expiresAt: number;
}

interface RegistryState {
  challenge: Challenge | undefined;
  scopes: string[];
  token: Token | undefined;
  pending: Promise<Token> | undefined;
  refreshToken: string | undefined;
}

const DEFAULT_EXPIRES_S = 60;

const repositoryOfScopes = (scopes: readonly string[]): string | undefined => {
  const first = scopes.find((s) => s.startsWith('repository:'));
  return first?.slice('repository:'.length, first.lastIndexOf(':'));
};

const basicHeader = (username: string, password: string): string => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

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

  async function fetchToken(
    registry: string,
    challenge: Challenge,
    scopes: string[],
    credential: Credential | undefined,
    state: RegistryState,
    what: string,
    signal: AbortSignal | undefined,
  ): Promise<Token> {
    if (challenge.realm === undefined) {
      throw new RegistryError('auth', `${registry} asked for a bearer token without a realm (${what})`, {});
    }
    let realm: URL;
    try {
      realm = new URL(challenge.realm);
    } catch {
      throw new RegistryError('auth', `${registry} sent an invalid token realm (${what})`, {});
    }
    if (
      credential !== undefined &&
      realm.protocol !== 'https:' &&
      !isLoopbackRegistry(realm.host) &&
      !isLoopbackRegistry(registry) &&
      !options.isInsecure(registry)
    ) {
      throw new RegistryError('auth', `${registry} asked for credentials over plain HTTP at ${realm.origin}; refusing to send them`, {
        hint: `declare ${registry} insecure if this is intended`,
      });
    }
    const refreshToken = credential?.kind === 'identity' ? (state.refreshToken ?? credential.token) : undefined;
    const requestToken = async (method: 'GET' | 'POST') => {
      const url = new URL(realm);
      const headers: Record<string, string> = { accept: 'application/json' };
      let body: Uint8Array | undefined;
      if (method === 'POST' && refreshToken !== undefined) {
        const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: options.userAgent });
        if (challenge.service !== undefined) form.set('service', challenge.service);
        if (scopes.length > 0) form.set('scope', scopes.join(' '));
        body = Buffer.from(form.toString());
        headers['content-type'] = 'application/x-www-form-urlencoded';
      } else {
        if (challenge.service !== undefined) url.searchParams.set('service', challenge.service);
        for (const scope of scopes) url.searchParams.append('scope', scope);
        if (credential?.kind === 'basic') headers.authorization = basicHeader(credential.username, credential.password);
        if (credential?.kind === 'identity') headers.authorization = basicHeader(credential.username ?? '<token>', credential.token);
      }
      try {
        const response = await options.connections.request({
          method,
          url,
          headers,
          body,
          signal,
          insecureTls: options.isInsecure(registry) && realm.host === registry,
        });
        return { status: response.status, body: await text(response.body) };
      } catch (error) {
        throw networkError(`token request for ${what}`, registry, error);
      }
    };
    let answer = await requestToken(refreshToken !== undefined ? 'POST' : 'GET');
    // Realms that do not speak OAuth2 answer the POST with 404/405 (GGCR falls back the same way).
    if (refreshToken !== undefined && (answer.status === 404 || answer.status === 405)) answer = await requestToken('GET');
    if (answer.status !== 200) {
      const diagnostic = diagnose(answer.status, answer.body);
      const kind = answer.status === 401 || answer.status === 403 ? 'auth' : 'registry';
      throw new RegistryError(
        kind,
        `unauthorized: token for ${what} on ${registry} was refused by ${realm.origin} (${diagnostic.summary})`,
        {
          status: answer.status,
          registry,
          codes: diagnostic.codes,
          ...(credential === undefined ? { hint: options.credentials?.searched(registry) } : {}),
        },
      );
    }
    let parsed: { token?: unknown; access_token?: unknown; expires_in?: unknown; refresh_token?: unknown };
    try {
      parsed = JSON.parse(answer.body) as typeof parsed;
    } catch {
      throw new RegistryError(
        'auth',
        `token realm ${realm.origin} for ${registry} answered with invalid JSON (${oneLine(answer.body, 60).length} chars)`,
        {},
      );
    }
    const value = typeof parsed.token === 'string' && parsed.token !== '' ? parsed.token : parsed.access_token;
    if (typeof value !== 'string' || value === '') {
      throw new RegistryError('auth', `token realm ${realm.origin} for ${registry} answered without a token`, {});
    }
    holdSecret(value);
    if (typeof parsed.refresh_token === 'string' && parsed.refresh_token !== '') {
      holdSecret(parsed.refresh_token);
      state.refreshToken = parsed.refresh_token;
    }
    const expiresIn = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_EXPIRES_S;
    // Renew a little early so a token does not expire between our check and the registry's.
    return { value, scopes, expiresAt: Date.now() + Math.max(1, expiresIn - 5) * 1000 };
  }

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
          state.pending = fetchToken(registry, challenge, wanted, credential, state, what, signal).finally(() => {
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

import { text } from 'node:stream/consumers';
import { holdSecret } from '../redact.ts';
import { isLoopbackRegistry } from '../reference/reference.ts';
import type { Challenge } from './challenge.ts';
import type { Connections } from './connection.ts';
import type { Credential } from './credentials/credential.ts';
import type { CredentialStore } from './credentials/store.ts';
import { diagnose, networkError, oneLine, RegistryError } from './errors.ts';

/** A bearer token from a registry's token realm, good for `scopes` until `expiresAt`. */
export interface Token {
  value: string;
  scopes: string[];
  expiresAt: number;
  /** An OAuth2 refresh token the realm sent with it, for the next exchange. */
  refreshToken?: string | undefined;
}

/** What a token exchange needs from its authorizer. */
export interface TokenContext {
  connections: Connections;
  credentials: CredentialStore | undefined;
  isInsecure: (registry: string) => boolean;
  userAgent: string;
}

export interface TokenRequest {
  registry: string;
  /** The registry's Bearer challenge: its realm and service. */
  challenge: Challenge;
  scopes: string[];
  credential: Credential | undefined;
  /** The refresh token of the previous exchange with this registry, if any. */
  refreshToken: string | undefined;
  /** What the token is for, for messages. */
  what: string;
  signal: AbortSignal | undefined;
}

const DEFAULT_EXPIRES_S = 60;

export const basicHeader = (username: string, password: string): string =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/**
 * The token exchange of the distribution token spec: a GET on the realm with `service` and
 * `scope` (Basic credentials if any), or, for an identity token, an OAuth2 refresh-token POST
 * that falls back to the GET. Tokens live until `expires_in` (default 60 s), renewed a little early.
 */
export async function fetchToken(context: TokenContext, request: TokenRequest): Promise<Token> {
  const { registry, challenge, scopes, credential, what, signal } = request;
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
    !context.isInsecure(registry)
  ) {
    throw new RegistryError('auth', `${registry} asked for credentials over plain HTTP at ${realm.origin}; refusing to send them`, {
      hint: `declare ${registry} insecure if this is intended`,
    });
  }
  const refreshToken = credential?.kind === 'identity' ? (request.refreshToken ?? credential.token) : undefined;
  const requestToken = async (method: 'GET' | 'POST') => {
    const url = new URL(realm);
    const headers: Record<string, string> = { accept: 'application/json' };
    let body: Uint8Array | undefined;
    if (method === 'POST' && refreshToken !== undefined) {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: context.userAgent });
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
      const response = await context.connections.request({
        method,
        url,
        headers,
        body,
        signal,
        insecureTls: context.isInsecure(registry) && realm.host === registry,
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
    throw new RegistryError(kind, `unauthorized: token for ${what} on ${registry} was refused by ${realm.origin} (${diagnostic.summary})`, {
      status: answer.status,
      registry,
      codes: diagnostic.codes,
      ...(credential === undefined ? { hint: context.credentials?.searched(registry) } : {}),
    });
  }
  return parseTokenAnswer(answer.body, registry, realm, scopes);
}

/** The realm's JSON answer: `token` (or `access_token`), `expires_in`, `refresh_token`. */
function parseTokenAnswer(body: string, registry: string, realm: URL, scopes: string[]): Token {
  let parsed: { token?: unknown; access_token?: unknown; expires_in?: unknown; refresh_token?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    throw new RegistryError(
      'auth',
      `token realm ${realm.origin} for ${registry} answered with invalid JSON (${oneLine(body, 60).length} chars)`,
      {},
    );
  }
  const value = typeof parsed.token === 'string' && parsed.token !== '' ? parsed.token : parsed.access_token;
  if (typeof value !== 'string' || value === '') {
    throw new RegistryError('auth', `token realm ${realm.origin} for ${registry} answered without a token`, {});
  }
  holdSecret(value);
  let refreshToken: string | undefined;
  if (typeof parsed.refresh_token === 'string' && parsed.refresh_token !== '') {
    holdSecret(parsed.refresh_token);
    refreshToken = parsed.refresh_token;
  }
  const expiresIn = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : DEFAULT_EXPIRES_S;
  // Renew a little early so a token does not expire between our check and the registry's.
  return { value, scopes, expiresAt: Date.now() + Math.max(1, expiresIn - 5) * 1000, refreshToken };
}

import { DOCKER_HUB_API_HOST, DOCKER_HUB } from '../../reference/reference.ts';
import type { Credential } from './credential.ts';

/**
 * Lookups in the Docker `config.json` / containers `auth.json` format. Pure: the caller reads the
 * file and runs any helper this names.
 */
export type ConfigMatch =
  | { kind: 'helper'; helper: string; serverUrl: string }
  | { kind: 'credential'; credential: Credential; key: string };

interface AuthEntry {
  auth?: unknown;
  username?: unknown;
  password?: unknown;
  identitytoken?: unknown;
  registrytoken?: unknown;
}

const HUB_KEY = 'https://index.docker.io/v1/';
const HUB_NAMES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API_HOST]);

/** The key Docker itself uses for this registry, also the server URL handed to helpers. */
export const serverUrlFor = (registry: string): string => (HUB_NAMES.has(registry) ? HUB_KEY : registry);

/** `https://host/v1/`, `host/ns/repo` or `host` → host plus path, for matching. */
function normaliseKey(key: string): { host: string; path: string } {
  const bare = key.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
  const slash = bare.indexOf('/');
  const host = (slash === -1 ? bare : bare.slice(0, slash)).toLowerCase();
  const path = slash === -1 ? '' : bare.slice(slash + 1);
  return { host: HUB_NAMES.has(host) ? DOCKER_HUB : host, path };
}

/**
 * The best key of `entries` for the registry (and repository): an exact namespace key
 * (`host/ns/repo`, most specific first, containers-auth.json(5)) beats the host key; scheme and
 * Docker's `/v1/` path are ignored.
 */
export function findKey(keys: readonly string[], registry: string, repository?: string): string | undefined {
  const wantedHost = HUB_NAMES.has(registry.toLowerCase()) ? DOCKER_HUB : registry.toLowerCase();
  let best: { key: string; specificity: number } | undefined;
  for (const key of keys) {
    const { host, path } = normaliseKey(key);
    if (host !== wantedHost) continue;
    let specificity: number;
    if (path === '' || /^v[12]$/.test(path)) specificity = 0;
    else if (repository !== undefined && (repository === path || repository.startsWith(`${path}/`))) {
      specificity = path.split('/').length;
    } else continue;
    if (best === undefined || specificity > best.specificity) best = { key, specificity };
  }
  return best?.key;
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function credentialFromEntry(entry: AuthEntry): Credential | undefined {
  const registryToken = asString(entry.registrytoken);
  if (registryToken !== undefined) return { kind: 'registry-token', token: registryToken };
  let username = asString(entry.username);
  let password = asString(entry.password);
  const auth = asString(entry.auth);
  if (auth !== undefined) {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
  }
  const identityToken = asString(entry.identitytoken);
  if (identityToken !== undefined) return { kind: 'identity', username, token: identityToken };
  if (username !== undefined && password !== undefined) return { kind: 'basic', username, password };
  return undefined;
}

/** Docker's order: `credHelpers[host]`, then `credsStore`, then `auths`. */
export function lookupConfig(config: unknown, registry: string, repository?: string): ConfigMatch | undefined {
  if (typeof config !== 'object' || config === null) return undefined;
  const { credHelpers, credsStore, auths } = config as {
    credHelpers?: unknown;
    credsStore?: unknown;
    auths?: unknown;
  };
  const serverUrl = serverUrlFor(registry);
  if (typeof credHelpers === 'object' && credHelpers !== null) {
    const helpers = credHelpers as Record<string, unknown>;
    const key = findKey(Object.keys(helpers), registry, repository);
    const helper = key === undefined ? undefined : asString(helpers[key]);
    if (helper !== undefined) return { kind: 'helper', helper, serverUrl };
  }
  const store = asString(credsStore);
  if (store !== undefined) return { kind: 'helper', helper: store, serverUrl };
  if (typeof auths === 'object' && auths !== null) {
    const entries = auths as Record<string, unknown>;
    const key = findKey(Object.keys(entries), registry, repository);
    const entry = key === undefined ? undefined : entries[key];
    if (key !== undefined && typeof entry === 'object' && entry !== null) {
      const credential = credentialFromEntry(entry as AuthEntry);
      if (credential !== undefined) return { kind: 'credential', credential, key };
    }
  }
  return undefined;
}

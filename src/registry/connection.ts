import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { getCACertificates, rootCertificates } from 'node:tls';
import type { Agent, Dispatcher } from 'undici';
import { guardSpeed, type SpeedLimit } from './speed-guard.ts';

/**
 * Connection pools per host (keep-alive), each with that host's TLS trust: the default CAs plus
 * NODE_EXTRA_CA_CERTS, plus `/etc/docker/certs.d/HOST[:PORT]/*.crt` and its client certificate.
 * Belongs to one client object: no global state.
 */
export interface ConnectionOptions {
  certsDirectory: string;
  timeoutMs: number;
  userAgent: string;
  onLog: ((line: string) => void) | undefined;
  /** Response bodies slower than this are stalled (speed-guard.ts); undefined: no rule. */
  speedLimit?: SpeedLimit | undefined;
}

export interface RawRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: Uint8Array | Readable | undefined;
  signal?: AbortSignal | undefined;
  /** Skip certificate verification (insecure hosts only). */
  insecureTls?: boolean;
  /**
   * A shorter limit than the connections' own (the protocol probe). It needs a pool of its own:
   * undici does not stop a TLS connect when the request's signal aborts, only at its connect timeout.
   */
  timeoutMs?: number;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: Readable;
  url: URL;
}

export interface Connections {
  request(request: RawRequest): Promise<RawResponse>;
  close(): Promise<void>;
}

/** Query parameters that carry no secret; others (presigned URL signatures, state) are redacted. */
const SAFE_PARAMS = new Set(['digest', 'mount', 'from', 'n', 'last', 'service', 'scope']);

export function redactUrl(url: URL): string {
  if (url.search === '') return `${url.origin}${url.pathname}`;
  const params = [...url.searchParams].map(([k, v]) => `${k}=${SAFE_PARAMS.has(k) ? v : '…'}`);
  return `${url.origin}${url.pathname}?${params.join('&')}`;
}

const defaultCAs = (): string[] => {
  try {
    return getCACertificates('default');
  } catch {
    return [...rootCertificates];
  }
};

async function certsDirTls(directory: string): Promise<{ ca: string[]; cert?: string; key?: string }> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return { ca: [] };
  }
  const ca = await Promise.all(
    names
      .filter((n) => n.endsWith('.crt'))
      .sort()
      .map((n) => readFile(join(directory, n), 'utf8')),
  );
  const certName = names.find((n) => n.endsWith('.cert'));
  const keyName = certName === undefined ? undefined : `${certName.slice(0, -'.cert'.length)}.key`;
  if (certName !== undefined && keyName !== undefined && names.includes(keyName)) {
    return { ca, cert: await readFile(join(directory, certName), 'utf8'), key: await readFile(join(directory, keyName), 'utf8') };
  }
  return { ca };
}

const flattenHeaders = (headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> => {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
};

/**
 * undici's Agent and its request() only, loaded on first use. The package's index loads every
 * API it has (fetch, WebSocket, caches, mocks): 27 MiB of RSS against 13 MiB for these two
 * modules, measured on Node 24. A run between local layouts or archives loads neither.
 */
let undici:
  | Promise<{ Agent: typeof Agent; request: (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData> }>
  | undefined;
const loadUndici = (): NonNullable<typeof undici> =>
  (undici ??= Promise.all([import('undici/lib/dispatcher/agent.js'), import('undici/lib/api/api-request.js')]).then(([agent, request]) => ({
    Agent: agent.default,
    request: request.default,
  })));

export function createConnections(options: ConnectionOptions): Connections {
  const agents = new Map<string, Promise<Agent>>();

  const agentFor = (url: URL, insecureTls: boolean, timeoutMs = options.timeoutMs): Promise<Agent> => {
    const key = `${url.protocol}//${url.host}${insecureTls ? ' insecure' : ''}${timeoutMs === options.timeoutMs ? '' : ` ${timeoutMs}ms`}`;
    let agent = agents.get(key);
    if (agent === undefined) {
      agent = (async () => {
        const tls = url.protocol === 'https:' ? await certsDirTls(join(options.certsDirectory, url.host)) : { ca: [] };
        const { Agent } = await loadUndici();
        return new Agent({
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          connect: {
            timeout: timeoutMs,
            rejectUnauthorized: !insecureTls,
            ...(tls.ca.length > 0 ? { ca: [...defaultCAs(), ...tls.ca] } : {}),
            ...(tls.cert !== undefined ? { cert: tls.cert, key: tls.key } : {}),
          },
        });
      })();
      agents.set(key, agent);
    }
    return agent;
  };

  return {
    async request(request) {
      const agent = await agentFor(request.url, request.insecureTls === true, request.timeoutMs);
      const started = Date.now();
      let response: Dispatcher.ResponseData;
      try {
        response = await (await loadUndici()).request.call(agent, {
          origin: request.url.origin,
          path: `${request.url.pathname}${request.url.search}`,
          method: request.method as Dispatcher.HttpMethod,
          headers: { 'user-agent': options.userAgent, ...request.headers },
          body: request.body ?? null,
          signal: request.signal ?? null,
        });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        options.onLog?.(`${request.method} ${redactUrl(request.url)} failed: ${typeof code === 'string' ? code : 'error'}`);
        throw error;
      }
      options.onLog?.(`${request.method} ${redactUrl(request.url)} ${response.statusCode} (${Date.now() - started} ms)`);
      return {
        status: response.statusCode,
        headers: flattenHeaders(response.headers),
        body: guardSpeed(response.body, options.speedLimit),
        url: request.url,
      };
    },
    async close() {
      const all = await Promise.allSettled([...agents.values()]);
      agents.clear();
      await Promise.all(all.map((a) => (a.status === 'fulfilled' ? a.value.close() : undefined)));
    },
  };
}

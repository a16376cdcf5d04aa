import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { Authorizer } from './auth.ts';
import { parseChallenge } from './challenge.ts';
import type { Connections, RawResponse } from './connection.ts';
import { checkServerChosenUrl } from './destination.ts';
import { diagnose, isAbort, networkError, oneLine, RegistryError, responseError } from './errors.ts';
import { isRetryableError, isRetryableStatus, type RetryOptions } from './retry.ts';
import { createRetryWait } from './retry-wait.ts';
import { selectScheme } from './scheme.ts';
import { reportUploadSession, type UploadSessionListener } from './upload-sessions.ts';

export interface SendRequest {
  /** The registry as written in the reference (credentials and messages use this name). */
  registry: string;
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  /** A `/v2/…` path (with query) or an absolute URL such as an upload Location. */
  target: string | URL;
  headers?: Record<string, string>;
  /** Bytes are resent on retries; a stream is sent once (the caller retries by reopening its source). */
  body?: Uint8Array | Readable;
  scopes: readonly string[];
  /** What this request does, for messages: `pull team/app:v1`, `push to team/app`. */
  what: string;
  signal?: AbortSignal | undefined;
  /** Send once, without retries (best-effort requests such as cancelling an upload). */
  once?: boolean;
  /**
   * At most this many attempts after errors and retryable statuses (default: the retry policy's).
   * A resumed download asks for 1: its resume loop counts the attempts, so they do not multiply.
   */
  attempts?: number;
}

export interface HttpStats {
  retries: number;
  redirects: number;
  /** Requests that were resent after a 401 with new credentials or scope. */
  reauthentications: number;
}

export interface Http {
  readonly retry: RetryOptions;
  readonly stats: HttpStats;
  /** `https://host/` or `http://host/` once the registry has answered its `/v2/` ping. */
  baseUrl(registry: string, signal?: AbortSignal): Promise<URL>;
  send(request: SendRequest): Promise<RawResponse>;
  /** Reads the error body and throws the registry's diagnostic as a RegistryError. */
  fail(response: RawResponse, request: Pick<SendRequest, 'registry' | 'what'>): Promise<never>;
}

export interface HttpOptions {
  connections: Connections;
  authorizer: Authorizer;
  retry: RetryOptions;
  isInsecure: (registry: string) => boolean;
  /** The per-request silence limit (--timeout); the protocol probe gets at most PROBE_MS (scheme.ts) of it. */
  timeoutMs?: number;
  /** Hears each blob upload session open (and move) and close, for src/pipeline/upload-journal.ts. */
  onUploadSession?: UploadSessionListener | undefined;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

export const discard = (body: Readable): void => {
  body.on('error', () => undefined);
  body.resume();
};

/**
 * HEAD a registry path: the response headers when it exists, undefined on 404, the registry's
 * error otherwise. Blobs and manifests are checked the same way.
 */
export async function head(http: Http, request: SendRequest): Promise<Record<string, string | undefined> | undefined> {
  const response = await http.send(request);
  discard(response.body);
  if (response.status === 404) return undefined;
  if (response.status !== 200) return http.fail(response, request);
  return response.headers;
}

export function createHttp(options: HttpOptions): Http {
  const { connections, authorizer, retry } = options;
  const stats: HttpStats = { retries: 0, redirects: 0, reauthentications: 0 };
  const bases = new Map<string, Promise<URL>>();

  const mayRetry = createRetryWait(retry, stats);
  const context = { ...options, mayRetry };

  const baseUrl = (registry: string, signal?: AbortSignal): Promise<URL> => {
    let base = bases.get(registry);
    if (base === undefined) {
      base = selectScheme(context, registry, signal);
      bases.set(registry, base);
      // A failed ping is not remembered: the next request tries again.
      base.catch(() => bases.delete(registry));
    }
    return base;
  };

  async function send(request: SendRequest): Promise<RawResponse> {
    const { registry, signal } = request;
    signal?.throwIfAborted();
    const base = await baseUrl(registry, signal);
    const replayable = request.once !== true && (request.body === undefined || request.body instanceof Uint8Array);
    let url = typeof request.target === 'string' ? new URL(request.target, base) : request.target;
    let method = request.method;
    let body = request.body;
    let authRetried = false;
    let redirects = 0;
    const started = Date.now();
    let sent = 0;
    for (let attempt = 1; ; ) {
      signal?.throwIfAborted();
      // Credentials go to the registry's own origin only: never to redirect targets (S3, CDNs).
      const sameOrigin = url.origin === base.origin;
      const headers: Record<string, string> = { ...request.headers };
      if (sameOrigin) {
        const authorization = await authorizer.header(registry, request.scopes, request.what, signal);
        if (authorization !== undefined) headers.authorization = authorization;
      }
      let response: RawResponse;
      sent++;
      try {
        response = await connections.request({
          method,
          url,
          headers,
          body,
          signal,
          insecureTls: sameOrigin && options.isInsecure(registry),
        });
      } catch (error) {
        if (isAbort(error, signal)) throw error;
        if (replayable && isRetryableError(error) && (await mayRetry(attempt++, started, undefined, signal, request.attempts))) continue;
        throw networkError(`${request.what}${sent > 1 ? ` (gave up after ${sent} attempts)` : ''}`, registry, error);
      }
      const { status } = response;
      if (status === 401 && sameOrigin && !authRetried && replayable) {
        if (authorizer.unauthorized(registry, parseChallenge(response.headers['www-authenticate']), request.scopes)) {
          discard(response.body);
          authRetried = true;
          stats.reauthentications++;
          continue;
        }
      }
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location !== undefined && (method === 'GET' || method === 'HEAD')) {
        discard(response.body);
        if (++redirects > MAX_REDIRECTS) {
          throw new RegistryError('registry', `too many redirects: ${request.what} on ${registry}`, { status });
        }
        stats.redirects++;
        url = new URL(location, url);
        if (url.origin !== base.origin) await checkServerChosenUrl(url, request.what);
        if (status === 303) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      if (isRetryableStatus(status) && replayable) {
        const retryAfter = response.headers['retry-after'];
        if (await mayRetry(attempt, started, retryAfter, signal, request.attempts)) {
          attempt++;
          discard(response.body);
          continue;
        }
      }
      if (options.onUploadSession !== undefined) reportUploadSession(options.onUploadSession, registry, method, url, response);
      return response;
    }
  }

  async function fail(response: RawResponse, request: Pick<SendRequest, 'registry' | 'what'>): Promise<never> {
    const body = await text(response.body).catch(() => '');
    const diagnostic = diagnose(response.status, oneLine(body, 4000));
    throw responseError(
      diagnostic,
      request.what,
      request.registry,
      response.status === 401 || response.status === 403 ? authorizer.hint(request.registry) : undefined,
    );
  }

  return { retry, stats, baseUrl, send, fail };
}

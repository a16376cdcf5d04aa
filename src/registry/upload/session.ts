import { repositoryScope } from '../challenge.ts';
import type { RawResponse } from '../connection.ts';
import { RegistryError } from '../errors.ts';
import { discard, type Http, type SendRequest } from '../http.ts';
import type { RepositoryRef } from '../manifests.ts';
import { refusesStrategy, StrategyRefused } from './plan.ts';

/** An open upload session: where its next request goes, and the smallest chunk it takes. */
export interface Session {
  location: URL;
  minChunk: number;
}

/** The requests of one blob's upload sessions, shared by uploads of known and of late digests. */
export interface SessionOps {
  readonly http: Http;
  readonly repository: string;
  readonly base: Pick<SendRequest, 'registry' | 'scopes' | 'what' | 'signal'>;
  readonly what: string;
  /** Errors that http.send already retried as often as allowed: final, never retried again. */
  readonly exhausted: WeakSet<object>;
  request(req: SendRequest): Promise<RawResponse>;
  fail(response: RawResponse, req: SendRequest): Promise<never>;
  /** A request whose refusal of this way of uploading (413, 416, 405, 501) throws StrategyRefused. */
  send(req: SendRequest, ok: readonly number[]): Promise<RawResponse>;
  /** POST to the uploads endpoint (with `query`, a mount's): the registry's answer. */
  post(query: string): Promise<{ response: RawResponse; request: SendRequest }>;
  /** The session a 202 to the POST opened. */
  opened(response: RawResponse): Session;
  startSession(): Promise<Session>;
  /** PUT `?digest=` with no body: the registry checks what it received against the digest. */
  finish(session: Session, digest: string): Promise<void>;
  cancel(session: Session): Promise<void>;
}

export const locationOf = (response: RawResponse, what: string, registry: string): URL => {
  const header = response.headers.location;
  if (header === undefined)
    throw new RegistryError('registry', `${registry} sent no upload Location (${what})`, { status: response.status });
  return new URL(header, response.url);
};

export const withDigest = (location: URL, digest: string): URL => {
  const url = new URL(location);
  url.searchParams.set('digest', digest);
  return url;
};

/** `mountFrom`: the repository a mount would take the blob from; its pull scope is asked with the push. */
export function sessionOps(
  http: Http,
  repo: RepositoryRef,
  what: string,
  mountFrom: string | undefined,
  signal: AbortSignal | undefined,
): SessionOps {
  const pushScope = repositoryScope(repo.repository, ['push', 'pull']);
  const base = {
    registry: repo.registry,
    scopes: mountFrom === undefined ? [pushScope] : [pushScope, repositoryScope(mountFrom, ['pull'])],
    what,
    signal,
  };

  // http.send already retried a request whose body can be resent: its failure is final here, and
  // retrying it again from a new session would multiply the attempts the user allowed.
  const exhausted = new WeakSet<object>();
  const resendable = (request: SendRequest): boolean => request.body === undefined || request.body instanceof Uint8Array;
  const settle = (error: unknown, request: SendRequest): never => {
    if (resendable(request) && typeof error === 'object' && error !== null) exhausted.add(error);
    throw error;
  };
  const request = async (req: SendRequest): Promise<RawResponse> => http.send(req).catch((error: unknown) => settle(error, req));
  const fail = async (response: RawResponse, req: SendRequest): Promise<never> =>
    http.fail(response, req).catch((error: unknown) => settle(error, req));

  const post = async (query: string): Promise<{ response: RawResponse; request: SendRequest }> => {
    const target = `/v2/${repo.repository}/blobs/uploads/${query}`;
    const req: SendRequest = { ...base, method: 'POST', target, headers: { 'content-length': '0' }, body: new Uint8Array(0) };
    return { response: await request(req), request: req };
  };
  const opened = (response: RawResponse): Session => {
    discard(response.body);
    const min = Number(response.headers['oci-chunk-min-length'] ?? 0);
    return { location: locationOf(response, what, repo.registry), minChunk: Number.isFinite(min) && min > 0 ? min : 0 };
  };

  return {
    http,
    repository: repo.repository,
    base,
    what,
    exhausted,
    request,
    fail,
    async send(req, ok) {
      const response = await request(req);
      if (ok.includes(response.status)) return response;
      if (refusesStrategy(response.status)) throw new StrategyRefused(response, req);
      return fail(response, req);
    },
    post,
    opened,
    async startSession() {
      const { response, request: sent } = await post('');
      if (response.status === 202) return opened(response);
      return fail(response, sent);
    },
    async finish(session, digest) {
      const put: SendRequest = {
        ...base,
        method: 'PUT',
        target: withDigest(session.location, digest),
        headers: { 'content-length': '0' },
        body: new Uint8Array(0),
      };
      const response = await request(put);
      if (response.status !== 201 && response.status !== 204) return fail(response, put);
      discard(response.body);
    },
    /** Best effort, once and briefly: a session left open holds storage on the registry until it expires. */
    async cancel(session) {
      try {
        const response = await http.send({
          ...base,
          signal: AbortSignal.timeout(5000),
          method: 'DELETE',
          target: session.location,
          once: true,
        });
        discard(response.body);
      } catch {
        // the registry garbage-collects abandoned uploads anyway
      }
    },
  };
}

/**
 * The push check crane makes before a copy: a token with push scope, an upload session opened
 * and cancelled at once. A registry that refuses the push (401/403) or cannot be reached fails
 * here, before any blob is pulled (issue 18); nothing is stored.
 */
export async function checkPushAccess(http: Http, repo: RepositoryRef, signal?: AbortSignal): Promise<void> {
  const ops = sessionOps(http, repo, `push to ${repo.repository}`, undefined, signal);
  await ops.cancel(await ops.startSession());
}

import { Buffer } from 'node:buffer';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Descriptor } from '../image/types.ts';
import { metered } from '../stream/meter.ts';
import { headBlob } from './blobs.ts';
import { repositoryScope } from './challenge.ts';
import type { RawResponse } from './connection.ts';
import { RegistryError } from './errors.ts';
import { discard, type Http, type SendRequest } from './http.ts';
import type { RepositoryRef } from './manifests.ts';
import { backoffDelay, isRetryableError, isRetryableStatus } from './retry.ts';

/**
 * How blob bytes travel:
 * - monolithic: one PUT `?digest=` with Content-Length (digest and size known, as ours always are);
 * - streamed: one PATCH without Content-Range, then PUT `?digest=` (docker, containers/image, GGCR);
 * - chunked: PATCHes with Content-Range of at most `chunkSize` bytes (GHCR caps a chunk at 4 MiB),
 *   then PUT `?digest=`.
 */
export type UploadStrategy = 'monolithic' | 'streamed' | 'chunked';

/** Per-host upload settings (regclient's per-host knobs, not `if (host === …)` in the code). */
export interface UploadSettings {
  strategy: 'auto' | UploadStrategy;
  /** Upper bound of one chunk; raised to the registry's OCI-Chunk-Min-Length when that is larger. */
  chunkSize: number;
}

export const DEFAULT_UPLOAD: UploadSettings = { strategy: 'auto', chunkSize: 4 * 1024 * 1024 };

export interface UploadStats {
  mounted: number;
  uploaded: number;
  /** Uploads restarted from a reopened source after a failure. */
  restarts: number;
  /** Uploads that fell back to another strategy because the registry refused the first. */
  fallbacks: number;
  /** Bytes sent in PUT/PATCH bodies (counted as read from the source). */
  bytesSent: number;
}

export type UploadOutcome = 'mounted' | 'uploaded';

interface Session {
  location: URL;
  minChunk: number;
}

/** The one decision point: the strategies to try, in order. */
export function uploadPlan(settings: UploadSettings): UploadStrategy[] {
  switch (settings.strategy) {
    case 'auto':
      // Whole PUT first; registries (or proxies) that refuse big bodies (413) get chunks.
      return ['monolithic', 'chunked'];
    case 'streamed':
      return ['streamed', 'chunked'];
    case 'monolithic':
      return ['monolithic'];
    case 'chunked':
      return ['chunked'];
  }
}

/**
 * Whether a blob may be uploaded while it is still being produced (streamBlob): the per-host
 * strategies that send a whole blob in one request. A host set to chunked or monolithic uploads
 * gets the blob once it is complete.
 */
export const streamsWhileProducing = (settings: UploadSettings): boolean =>
  settings.strategy === 'auto' || settings.strategy === 'streamed';

/**
 * Statuses that mean "this strategy is refused here", worth the next strategy rather than an
 * error. 411: a proxy that wants a Content-Length refuses a streamed body.
 */
const refusesStrategy = (status: number): boolean => status === 413 || status === 416 || status === 405 || status === 411 || status === 501;

class StrategyRefused extends Error {
  readonly response: RawResponse;
  readonly request: SendRequest;
  constructor(response: RawResponse, request: SendRequest) {
    super(`strategy refused with ${response.status}`);
    this.response = response;
    this.request = request;
  }
}

const locationOf = (response: RawResponse, what: string, registry: string): URL => {
  const header = response.headers.location;
  if (header === undefined)
    throw new RegistryError('registry', `${registry} sent no upload Location (${what})`, { status: response.status });
  return new URL(header, response.url);
};

const withDigest = (location: URL, digest: string): URL => {
  const url = new URL(location);
  url.searchParams.set('digest', digest);
  return url;
};

/** Counts bytes as they leave the source, without changing its flow. */
function counted(source: Readable, stats: UploadStats): Readable {
  let previous = 0;
  return metered(source, (total) => {
    stats.bytesSent += total - previous;
    previous = total;
  });
}

async function* fixedChunks(source: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  for await (const chunk of source) {
    pending.push(chunk);
    pendingLength += chunk.length;
    while (pendingLength >= size) {
      const joined = Buffer.concat(pending);
      yield joined.subarray(0, size);
      pending = [joined.subarray(size)];
      pendingLength = joined.length - size;
    }
  }
  if (pendingLength > 0) yield Buffer.concat(pending);
}

export interface UploadOptions {
  mountFrom?: string | undefined;
  settings: UploadSettings;
  stats: UploadStats;
  signal?: AbortSignal | undefined;
  /** Attempts already spent on this blob (a streamed upload that failed): they count against the retry budget. */
  attemptsUsed?: number | undefined;
}

/** The requests of one blob's upload sessions, shared by uploads of known and of late digests. */
interface SessionOps {
  readonly base: Pick<SendRequest, 'registry' | 'scopes' | 'what' | 'signal'>;
  readonly what: string;
  /** Errors that http.send already retried as often as allowed: final, never retried again. */
  readonly exhausted: WeakSet<object>;
  request(req: SendRequest): Promise<RawResponse>;
  fail(response: RawResponse, req: SendRequest): Promise<never>;
  /** A request whose refusal of this way of uploading (413, 416, 405, 501) throws StrategyRefused. */
  send(req: SendRequest, ok: readonly number[]): Promise<RawResponse>;
  startSession(mount: boolean, digest: string | undefined): Promise<Session | 'mounted'>;
  /** PUT `?digest=` with no body: the registry checks what it received against the digest. */
  finish(session: Session, digest: string): Promise<void>;
  cancel(session: Session): Promise<void>;
}

function sessionOps(
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

  const startSession = async (mount: boolean, digest: string | undefined): Promise<Session | 'mounted'> => {
    const path = `/v2/${repo.repository}/blobs/uploads/`;
    const target =
      mount && mountFrom !== undefined && digest !== undefined
        ? `${path}?${new URLSearchParams({ mount: digest, from: mountFrom }).toString()}`
        : path;
    const post: SendRequest = { ...base, method: 'POST', target, headers: { 'content-length': '0' }, body: new Uint8Array(0) };
    const response = await request(post);
    if (response.status === 201 && mount) {
      discard(response.body);
      return 'mounted';
    }
    if (response.status === 202) {
      discard(response.body);
      const min = Number(response.headers['oci-chunk-min-length'] ?? 0);
      return { location: locationOf(response, what, repo.registry), minChunk: Number.isFinite(min) && min > 0 ? min : 0 };
    }
    // Mount refusals (Harbor 401 across projects, Docker Hub bad `from`, Quay 400) mean: upload normally.
    if (mount && [400, 401, 403, 404].includes(response.status)) {
      discard(response.body);
      return startSession(false, digest);
    }
    return fail(response, post);
  };

  return {
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
    startSession,
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
  const session = await ops.startSession(false, undefined);
  if (session !== 'mounted') await ops.cancel(session);
}

/** One PATCH whose body is the whole stream, however long (docker push, GGCR stream.Layer); the location to finish at. */
async function patchStream(ops: SessionOps, session: Session, body: Readable): Promise<void> {
  const response = await ops.send(
    { ...ops.base, method: 'PATCH', target: session.location, headers: { 'content-type': 'application/octet-stream' }, body },
    [202, 201, 204],
  );
  discard(response.body);
  if (response.headers.location !== undefined) session.location = locationOf(response, ops.what, ops.base.registry);
}

/**
 * Stores a blob whose digest and size are known: cross-repository mount when a source repository
 * on the same registry is named, else an upload by the per-host plan. A failure is retried from a
 * reopened source; a refused strategy moves on to the next one.
 */
export async function uploadBlob(
  http: Http,
  repo: RepositoryRef,
  descriptor: Descriptor,
  open: () => Readable | Promise<Readable>,
  options: UploadOptions,
): Promise<UploadOutcome> {
  const { stats, signal } = options;
  const what = `push blob ${descriptor.digest} to ${repo.repository}`;
  const ops = sessionOps(http, repo, what, options.mountFrom, signal);
  const { base, exhausted, request, fail, send } = ops;

  /**
   * Bytes the registry holds for the session, after a 416 to a chunk: from the 416's own `Range`
   * and `Location` when it has them (distribution invalidates the old location's state), else
   * from a GET on the session (the spec's way).
   */
  const storedBytes = async (session: Session, refusal: RawResponse): Promise<number | undefined> => {
    let response = refusal;
    if (response.headers.range === undefined) {
      response = await http.send({ ...base, method: 'GET', target: session.location });
      discard(response.body);
      if (response.status !== 204 && response.status !== 200) return undefined;
    }
    const end = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.range ?? '')?.[1];
    if (end === undefined) return undefined;
    if (response.headers.location !== undefined) session.location = locationOf(response, what, repo.registry);
    // distribution says `0-0` for an empty session as for a one-byte one: read it as empty.
    return end === '0' ? 0 : Number(end) + 1;
  };

  const strategies: Record<UploadStrategy, (session: Session) => Promise<void>> = {
    async monolithic(session) {
      const body = counted(await open(), stats);
      const response = await send(
        {
          ...base,
          method: 'PUT',
          target: withDigest(session.location, descriptor.digest),
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(descriptor.size) },
          body,
        },
        [201, 204],
      );
      discard(response.body);
    },
    async streamed(session) {
      await patchStream(ops, session, counted(await open(), stats));
      await ops.finish(session, descriptor.digest);
    },
    async chunked(session) {
      const size = Math.max(session.minChunk, options.settings.chunkSize);
      let offset = 0;
      const source = await open();
      try {
        for await (const chunk of fixedChunks(source as AsyncIterable<Buffer>, size)) {
          let piece = chunk;
          while (piece.length > 0) {
            const patch: SendRequest = {
              ...base,
              method: 'PATCH',
              target: session.location,
              headers: {
                'content-type': 'application/octet-stream',
                'content-range': `${offset}-${offset + piece.length - 1}`,
                'content-length': String(piece.length),
              },
              body: piece,
            };
            const response = await request(patch);
            // 416 after a chunk whose answer was lost (the resent PATCH starts behind the session's
            // offset): the session says how far it got, and the upload goes on from there.
            if (response.status === 416) {
              discard(response.body);
              const stored = await storedBytes(session, response);
              if (stored === undefined || stored <= offset || stored > offset + piece.length) throw new StrategyRefused(response, patch);
              piece = piece.subarray(stored - offset);
              offset = stored;
              continue;
            }
            // ECR answers 201 and Pulp 204 where the spec says 202.
            if (![202, 201, 204].includes(response.status)) {
              if (refusesStrategy(response.status)) throw new StrategyRefused(response, patch);
              return fail(response, patch);
            }
            discard(response.body);
            stats.bytesSent += piece.length;
            offset += piece.length;
            piece = piece.subarray(piece.length);
            if (response.headers.location !== undefined) session.location = locationOf(response, what, repo.registry);
          }
        }
      } finally {
        source.destroy();
      }
      await ops.finish(session, descriptor.digest);
    },
  };

  const plan = uploadPlan(options.settings);
  const started = Date.now();
  let strategyIndex = 0;
  const firstAttempt = 1 + (options.attemptsUsed ?? 0);
  for (let attempt = firstAttempt; ; ) {
    signal?.throwIfAborted();
    let session: Session | undefined;
    try {
      const opened = await ops.startSession(
        options.mountFrom !== undefined && attempt === firstAttempt && strategyIndex === 0,
        descriptor.digest,
      );
      if (opened === 'mounted') {
        stats.mounted++;
        return 'mounted';
      }
      session = opened;
      const strategy = plan[strategyIndex] ?? 'monolithic';
      await strategies[strategy](session);
      stats.uploaded++;
      return 'uploaded';
    } catch (error) {
      if (signal?.aborted === true) throw error;
      if (session !== undefined) await ops.cancel(session);
      if (error instanceof StrategyRefused) {
        if (strategyIndex + 1 < plan.length) {
          strategyIndex++;
          stats.fallbacks++;
          discard(error.response.body);
          continue;
        }
        return http.fail(error.response, error.request);
      }
      if (exhausted.has(error as object)) throw error;
      const status = error instanceof RegistryError ? error.status : undefined;
      const retryable =
        status === undefined ? isRetryableError(error) || (error as { kind?: unknown }).kind === 'registry' : isRetryableStatus(status);
      const delay = backoffDelay(attempt, http.retry);
      if (!retryable || attempt >= http.retry.attempts || Date.now() + delay - started > http.retry.totalTimeMs) throw error;
      attempt++;
      stats.restarts++;
      http.stats.retries++;
      await sleep(delay, undefined, signal === undefined ? undefined : { signal });
    }
  }
}

/** What became of a blob streamed while it was produced. */
export type StreamedUpload =
  | { outcome: 'uploaded' | 'existed' }
  | {
      outcome: 'not-stored';
      /**
       * disabled: the host's upload strategy sends complete blobs only (no request was made);
       * refused: the registry does not take a streamed body (then the normal plan runs);
       * source: the producer failed or started over; failed: a registry or network error, which
       * counts as one attempt of the retry budget.
       */
      reason: 'disabled' | 'refused' | 'source' | 'failed';
      error: unknown;
    };

export interface StreamOptions {
  stats: UploadStats;
  signal?: AbortSignal | undefined;
}

/**
 * Uploads a blob while it is still being produced, so the upload overlaps the work that makes it:
 * one PATCH whose body follows `open()` to its end (the way docker push and GGCR's stream.Layer
 * send a layer), then, once `final` names the digest, a HEAD and the PUT `?digest=` that has the
 * registry check every byte against it. When the HEAD finds the blob already there (another tag
 * holds the same layer) the session is cancelled: the registry stores nothing twice, though the
 * bytes did cross the network.
 *
 * One attempt, never retried here: the bytes are read from the producer once. When it goes
 * wrong the session is cancelled and the caller uploads the finished blob the normal way, except
 * after a request that was already retried as often as allowed (starting the session, the final
 * PUT), whose error is thrown: retrying it again from a new session would multiply the attempts.
 */
export async function streamBlob(
  http: Http,
  repo: RepositoryRef,
  open: () => Readable,
  /** The blob's descriptor once produced; rejects when the bytes `open` gave will not be the blob. */
  final: Promise<Descriptor>,
  options: StreamOptions,
): Promise<StreamedUpload> {
  const { signal } = options;
  final.catch(() => undefined);
  const ops = sessionOps(http, repo, `push a layer to ${repo.repository} while it is produced`, undefined, signal);
  let session: Session | undefined;
  let source: Readable | undefined;
  let exhausted = false;
  try {
    const opened = await ops.startSession(false, undefined);
    if (opened === 'mounted') throw new Error('a session opened without a mount reported a mount');
    session = opened;
    source = open();
    await patchStream(ops, session, counted(source, options.stats));
    const descriptor = await final;
    if ((await headBlob(http, repo, descriptor.digest, signal)) !== undefined) {
      await ops.cancel(session);
      return { outcome: 'existed' };
    }
    // From here on the blob has its name, and errors name it like any other upload's.
    const named = sessionOps(http, repo, `push blob ${descriptor.digest} to ${repo.repository}`, undefined, signal);
    try {
      await named.finish(session, descriptor.digest);
    } catch (error) {
      if (named.exhausted.has(error as object)) exhausted = true;
      throw error;
    }
    options.stats.uploaded++;
    return { outcome: 'uploaded' };
  } catch (error) {
    source?.destroy();
    if (session !== undefined) await ops.cancel(session);
    // Aborted, or a request http.send already retried as often as allowed: final, no fallback.
    if (signal?.aborted === true || exhausted || ops.exhausted.has(error as object)) throw error;
    if (error instanceof StrategyRefused) discard(error.response.body);
    // The producer's own verdict: a cut connection also breaks the body stream, so its errors
    // cannot tell who failed.
    const producerFailed = await final.then(
      () => false,
      () => true,
    );
    return { outcome: 'not-stored', reason: producerFailed ? 'source' : error instanceof StrategyRefused ? 'refused' : 'failed', error };
  }
}

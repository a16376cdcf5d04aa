import { Buffer } from 'node:buffer';
import { pipeline, Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { chunksOf } from '../stream/chunks.ts';
import { FlattenError } from '../errors.ts';
import type { Descriptor } from '../image/types.ts';
import { repositoryScope } from './challenge.ts';
import type { RawResponse } from './connection.ts';
import { networkError } from './errors.ts';
import { head, type Http } from './http.ts';
import type { RepositoryRef } from './manifests.ts';
import { backoffDelay, isRetryableError, type RetryOptions } from './retry.ts';
import { createVerifier } from './verify.ts';

export interface BlobStats {
  /** Downloads that broke and were continued with a Range request (or restarted). */
  resumes: number;
}

/** HEAD a blob: its size when present, undefined when absent. */
export async function headBlob(http: Http, repo: RepositoryRef, digest: string, signal?: AbortSignal): Promise<number | undefined> {
  const headers = await head(http, {
    registry: repo.registry,
    method: 'HEAD',
    target: `/v2/${repo.repository}/blobs/${digest}`,
    scopes: [repositoryScope(repo.repository, ['pull'])],
    what: `check blob ${digest} in ${repo.repository}`,
    signal,
  });
  if (headers === undefined) return undefined;
  const length = headers['content-length'];
  return length === undefined ? -1 : Number(length);
}

/** GET a blob as a stream that verifies size and digest at the end, resuming a broken download. */
export async function fetchBlob(
  http: Http,
  repo: RepositoryRef,
  descriptor: Descriptor,
  stats: BlobStats,
  signal?: AbortSignal,
): Promise<Readable> {
  const what = `pull blob ${descriptor.digest} from ${repo.repository}`;
  const open = async (offset: number, resuming = false): Promise<RawResponse> => {
    const request = {
      // A resume is one attempt: resumableBlob counts them, so a silent server costs at most
      // retries + 1 waits of --timeout, not that number squared.
      ...(resuming ? { attempts: 1 } : {}),
      registry: repo.registry,
      method: 'GET' as const,
      target: `/v2/${repo.repository}/blobs/${descriptor.digest}`,
      headers: offset > 0 ? { range: `bytes=${offset}-` } : ({} as Record<string, string>),
      scopes: [repositoryScope(repo.repository, ['pull'])],
      what,
      signal,
    };
    const response = await http.send(request);
    if (response.status === 200 || (offset > 0 && response.status === 206)) return response;
    return http.fail(response, request);
  };
  const first = await open(0);
  return resumableBlob({
    descriptor,
    first,
    open,
    what,
    where: repo.registry,
    verifying: `blob ${descriptor.digest} from ${repo.registry}/${repo.repository}`,
    retry: http.retry,
    onResume: () => {
      stats.resumes++;
      http.stats.retries++;
    },
    signal,
  });
}

export interface ResumableBlob {
  descriptor: Descriptor;
  /** The response that opened the download (status 200). */
  first: RawResponse;
  /** Opens it again from `offset` (a Range request) after a break; `resuming`: one attempt only, the caller counts them. */
  open: (offset: number, resuming?: boolean) => Promise<RawResponse>;
  /** What the download is and where it comes from, for messages. */
  what: string;
  where: string;
  verifying: string;
  retry: RetryOptions;
  onResume: () => void;
  signal?: AbortSignal | undefined;
}

/**
 * The body of a blob download as a verified stream. A download that breaks mid-way continues
 * with `Range: bytes=N-`; a server that ignores Range sends it all again and the bytes already
 * delivered are skipped. The verifier sees every byte exactly once either way.
 */
export function resumableBlob(options: ResumableBlob): Readable {
  const { descriptor, open, what, where, retry, signal } = options;
  let current = options.first;

  async function* chunks(): AsyncGenerator<Buffer> {
    let delivered = 0;
    let skip = 0;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        for await (const chunk of chunksOf(current.body)) {
          let piece = chunk;
          if (skip > 0) {
            const dropped = Math.min(skip, piece.length);
            skip -= dropped;
            piece = piece.subarray(dropped);
            if (piece.length === 0) continue;
          }
          delivered += piece.length;
          yield piece;
        }
        return;
      } catch (error) {
        current.body.destroy();
        signal?.throwIfAborted();
        let failure = error;
        // A resume that fails to open (the server still silent) is one more attempt, not a new budget.
        for (;;) {
          if (failure instanceof FlattenError && !isRetryableError(failure)) throw failure;
          if (!isRetryableError(failure)) throw networkError(what, where, failure);
          const delay = backoffDelay(attempt, retry);
          if (attempt >= retry.attempts || Date.now() + delay - started > retry.totalTimeMs) {
            throw networkError(`${what} (gave up after ${attempt} attempts)`, where, failure);
          }
          options.onResume();
          await sleep(delay, undefined, signal === undefined ? undefined : { signal });
          try {
            current = await open(delivered, true);
            break;
          } catch (reopenError) {
            signal?.throwIfAborted();
            failure = reopenError;
            attempt++;
          }
        }
        if (current.status === 206) {
          const start = /^bytes (\d+)-/.exec(current.headers['content-range'] ?? '')?.[1];
          if (start !== undefined && Number(start) !== delivered) {
            current.body.destroy();
            throw networkError(`${what} (resumed at byte ${start}, expected ${delivered})`, where, error);
          }
        } else {
          skip = delivered;
        }
      }
    }
  }

  const source = Readable.from(chunks(), { objectMode: false });
  const verifier = createVerifier(descriptor, options.verifying);
  pipeline(source, verifier, () => {
    // Errors reach the consumer through `verifier`; a consumer that stops early ends the download.
    current.body.destroy();
  });
  return verifier;
}

/** A small blob (a config) read whole and verified. */
export async function fetchBlobBytes(
  http: Http,
  repo: RepositoryRef,
  descriptor: Descriptor,
  stats: BlobStats,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const stream = await fetchBlob(http, repo, descriptor, stats, signal);
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

import type { Readable } from 'node:stream';
import type { Descriptor } from '../../image/types.ts';
import { headBlob } from '../blobs.ts';
import { discard, type Http } from '../http.ts';
import type { RepositoryRef } from '../manifests.ts';
import { StrategyRefused } from './plan.ts';
import { type Session, sessionOps } from './session.ts';
import { counted, type UploadStats } from './stats.ts';
import { patchStream } from './streamed.ts';

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
    session = await ops.startSession();
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

import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Descriptor } from '../../image/types.ts';
import { RegistryError } from '../errors.ts';
import { discard, type Http } from '../http.ts';
import type { RepositoryRef } from '../manifests.ts';
import { backoffDelay, isRetryableError, isRetryableStatus } from '../retry.ts';
import { uploadChunked } from './chunked.ts';
import { uploadMonolithic } from './monolithic.ts';
import { mountOrStart } from './mount.ts';
import { StrategyRefused, type UploadSettings, type UploadStrategy, uploadPlan } from './plan.ts';
import { type Session, sessionOps } from './session.ts';
import type { UploadStats } from './stats.ts';
import type { Strategy } from './strategy.ts';
import { uploadStreamed } from './streamed.ts';

export type UploadOutcome = 'mounted' | 'uploaded';

export interface UploadOptions {
  mountFrom?: string | undefined;
  settings: UploadSettings;
  stats: UploadStats;
  signal?: AbortSignal | undefined;
  /** Attempts already spent on this blob (a streamed upload that failed): they count against the retry budget. */
  attemptsUsed?: number | undefined;
}

const STRATEGIES: Readonly<Record<UploadStrategy, Strategy>> = {
  monolithic: uploadMonolithic,
  streamed: uploadStreamed,
  chunked: uploadChunked,
};

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
  const { stats, signal, mountFrom } = options;
  const what = `push blob ${descriptor.digest} to ${repo.repository}`;
  const ops = sessionOps(http, repo, what, mountFrom, signal);
  const blob = { descriptor, open, stats, chunkSize: options.settings.chunkSize };
  const plan = uploadPlan(options.settings);
  const started = Date.now();
  let strategyIndex = 0;
  const firstAttempt = 1 + (options.attemptsUsed ?? 0);
  for (let attempt = firstAttempt; ; ) {
    signal?.throwIfAborted();
    let session: Session | undefined;
    try {
      const opened =
        mountFrom !== undefined && attempt === firstAttempt && strategyIndex === 0
          ? await mountOrStart(ops, descriptor.digest, mountFrom)
          : await ops.startSession();
      if (opened === 'mounted') {
        stats.mounted++;
        return 'mounted';
      }
      session = opened;
      const strategy = plan[strategyIndex] ?? 'monolithic';
      await STRATEGIES[strategy](ops, session, blob);
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
      if (ops.exhausted.has(error as object)) throw error;
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

import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay, parseRetryAfter, type RetryOptions } from './retry.ts';

/**
 * Waits before retry `attempt` of a request started at `started`, or returns false when the
 * attempts (the policy's unless `attempts` says) or the total time are used up.
 */
export type RetryWait = (
  attempt: number,
  started: number,
  retryAfter: string | undefined,
  signal?: AbortSignal,
  attempts?: number,
) => Promise<boolean>;

/** The wait of one client's requests; each retry it allows is counted in `stats.retries`. */
export function createRetryWait(retry: RetryOptions, stats: { retries: number }): RetryWait {
  return async (attempt, started, retryAfter, signal, attempts = retry.attempts) => {
    if (attempt >= attempts) return false;
    const delay = backoffDelay(attempt, retry, parseRetryAfter(retryAfter));
    if (Date.now() + delay - started > retry.totalTimeMs) return false;
    stats.retries++;
    await sleep(delay, undefined, signal === undefined ? undefined : { signal });
    return true;
  };
}

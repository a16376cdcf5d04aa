/** Retry policy for registry requests: bounded attempts and total time, exponential backoff with jitter. */
export interface RetryOptions {
  /** Attempts per request including the first (default 4). */
  attempts: number;
  /** First backoff delay in ms (default 500); doubles each attempt. */
  baseDelayMs: number;
  /** Cap for one delay, also for Retry-After (default 30 s). */
  maxDelayMs: number;
  /** Give up when a request has been retried for this long (default 120 s). */
  totalTimeMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  totalTimeMs: 120_000,
};

/** Statuses worth retrying: timeouts, throttling and server-side failures (GGCR's list plus 5xx). */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 429 || status === 499 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);

const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ERR_STREAM_PREMATURE_CLOSE',
  // below --speed-limit for --speed-time (speed-guard.ts)
  'ERR_TRANSFER_STALLED',
]);

/** Connection resets and timeouts; never aborts (the user asked to stop). */
export function isRetryableError(error: unknown): boolean {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const { code, name } = current as { code?: unknown; name?: unknown };
    if (name === 'AbortError') return false;
    if (typeof code === 'string' && RETRYABLE_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Seconds or HTTP date, in ms from now; undefined when absent or unparsable. */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Delay before retry number `attempt` (1-based): full jitter over an exponential ceiling, or Retry-After. */
export function backoffDelay(attempt: number, options: RetryOptions, retryAfterMs?: number, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, options.maxDelayMs);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

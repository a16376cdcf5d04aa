import { text } from 'node:stream/consumers';
import type { Authorizer } from './auth.ts';
import { parseChallenge } from './challenge.ts';
import type { Connections, RawResponse } from './connection.ts';
import { diagnose, isAbort, RegistryError } from './errors.ts';
import { isRetryableError, isRetryableStatus } from './retry.ts';
import type { RetryWait } from './retry-wait.ts';

/** What a ping needs from its client. */
export interface PingContext {
  connections: Connections;
  authorizer: Authorizer;
  isInsecure: (registry: string) => boolean;
  mayRetry: RetryWait;
}

/**
 * GET `/v2/` at `base`: a 200 means anonymous access, a 401 carries the challenge the authorizer
 * answers from then on; any other answer means no registry API there. `retries` false sends it
 * once (a protocol probe); `limitMs` bounds its silence below the client's timeout.
 */
export async function ping(
  context: PingContext,
  registry: string,
  base: URL,
  retries: boolean,
  signal?: AbortSignal,
  limitMs?: number,
): Promise<void> {
  const { connections, authorizer, mayRetry } = context;
  const url = new URL('/v2/', base);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    let response: RawResponse;
    try {
      response = await connections.request({
        method: 'GET',
        url,
        headers: {},
        signal,
        insecureTls: context.isInsecure(registry),
        ...(limitMs === undefined ? {} : { timeoutMs: limitMs }),
      });
    } catch (error) {
      if (!isAbort(error, signal) && retries && isRetryableError(error) && (await mayRetry(attempt, started, undefined, signal))) continue;
      if (attempt > 1) throw Object.assign(new Error(`gave up after ${attempt} attempts`), { cause: error, attempts: attempt });
      throw error;
    }
    const body = await text(response.body).catch(() => '');
    if (response.status === 200) {
      authorizer.setChallenge(registry, undefined);
      return;
    }
    if (response.status === 401) {
      authorizer.setChallenge(registry, parseChallenge(response.headers['www-authenticate']));
      return;
    }
    if (retries && isRetryableStatus(response.status) && (await mayRetry(attempt, started, response.headers['retry-after'], signal)))
      continue;
    throw new RegistryError(
      'registry',
      `${registry} does not serve the registry API at ${url.origin}/v2/ (${diagnose(response.status, body).summary})`,
      {
        status: response.status,
      },
    );
  }
}

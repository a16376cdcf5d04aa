import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffDelay, DEFAULT_RETRY, isRetryableError, isRetryableStatus, parseRetryAfter } from '../../../src/registry/retry.ts';

describe('retries: which failures, how long to wait', () => {
  it('408, 429 and 5xx are retried; 4xx and 501 are not', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) assert.ok(isRetryableStatus(status), String(status));
    for (const status of [400, 401, 403, 404, 413, 416, 501]) assert.ok(!isRetryableStatus(status), String(status));
  });
  it('connection resets are retried, also when wrapped; aborts never', () => {
    assert.ok(isRetryableError(Object.assign(new Error('x'), { code: 'ECONNRESET' })));
    assert.ok(isRetryableError(new Error('wrapped', { cause: Object.assign(new Error('y'), { code: 'UND_ERR_SOCKET' }) })));
    assert.ok(!isRetryableError(Object.assign(new Error('stop'), { name: 'AbortError', code: 'ECONNRESET' })));
    assert.ok(!isRetryableError(new Error('plain')));
  });
  it('Retry-After in seconds or as an HTTP date', () => {
    assert.equal(parseRetryAfter('3'), 3000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(undefined), undefined);
  });
  it('backoff grows exponentially with jitter within [ceiling/2, ceiling], capped', () => {
    const options = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(
      backoffDelay(1, options, undefined, () => 0),
      50,
    );
    assert.equal(
      backoffDelay(1, options, undefined, () => 1),
      100,
    );
    assert.equal(
      backoffDelay(3, options, undefined, () => 1),
      400,
    );
    assert.equal(
      backoffDelay(10, options, undefined, () => 1),
      1000,
    );
  });
  it('Retry-After wins over backoff but is capped', () => {
    const options = { ...DEFAULT_RETRY, maxDelayMs: 2000 };
    assert.equal(backoffDelay(1, options, 1500), 1500);
    assert.equal(backoffDelay(1, options, 60_000), 2000);
  });
});

import { pipeline, type Readable, Transform } from 'node:stream';

/**
 * The low-speed rule (curl's --speed-limit/--speed-time): a response body that arrives slower
 * than `bytesPerSecond` for `seconds` in a row is stalled, and fails with ERR_TRANSFER_STALLED,
 * which the retry policy retries (a download resumes with Range). --timeout only catches
 * silence: a 1 KB/s trickle never fails it (issue 13, item 5).
 *
 * Time when the reader is the slow side does not count: a full buffer means the merge or the disk
 * is behind, not the network.
 */
export interface SpeedLimit {
  bytesPerSecond: number;
  seconds: number;
}

/** curl's defaults are off; these catch a trickle without tripping on a busy registry. */
export const DEFAULT_SPEED_LIMIT: SpeedLimit = { bytesPerSecond: 1024, seconds: 30 };

class TransferStalledError extends Error {
  readonly code = 'ERR_TRANSFER_STALLED';
  constructor(limit: SpeedLimit) {
    super(`transfer slower than ${limit.bytesPerSecond} bytes/s for ${limit.seconds} s`);
    this.name = 'TransferStalledError';
  }
}

export function guardSpeed(body: Readable, limit: SpeedLimit | undefined): Readable {
  if (limit === undefined || limit.bytesPerSecond <= 0) return body;
  const windowMs = limit.seconds * 1000;
  // Checked a few times per window, at most once a second.
  const tickMs = Math.min(1000, Math.max(50, windowMs / 4));
  let bytes = 0;
  let lastTick = performance.now();
  let slowSince: number | undefined;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const timer = setInterval(() => {
    const now = performance.now();
    const rate = (bytes * 1000) / (now - lastTick);
    // A full buffer: the reader is the slow side. (isPaused() says nothing: async iteration and
    // 'readable' listeners keep a stream 'paused' while it reads as fast as it can.)
    const readerBehind = counter.readableLength >= counter.readableHighWaterMark;
    bytes = 0;
    if (rate >= limit.bytesPerSecond || readerBehind) slowSince = undefined;
    else {
      slowSince ??= lastTick;
      if (now - slowSince >= windowMs) counter.destroy(new TransferStalledError(limit));
    }
    lastTick = now;
  }, tickMs);
  timer.unref();
  const stop = (): void => clearInterval(timer);
  counter.once('close', stop);
  pipeline(body, counter, (error) => {
    stop();
    if (error !== undefined && error !== null && !counter.destroyed) counter.destroy(error);
  });
  return counter;
}

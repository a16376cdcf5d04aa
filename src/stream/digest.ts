import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';

/** What a digest stage saw: the OCI digest string and the byte count. */
export interface DigestResult {
  readonly digest: `sha256:${string}`;
  readonly size: number;
}

export interface DigestStream {
  /** Pass-through stage: bytes flow unchanged (same chunks), hashed on the way. */
  readonly stream: Transform;
  /**
   * Settles when the stream has seen all its input (before its 'end' is emitted downstream), or
   * rejects if the stream is destroyed first. A rejection nobody awaits is not reported as
   * unhandled: in a failed pipeline the pipeline's own error is the one that matters.
   */
  readonly result: Promise<DigestResult>;
}

/**
 * A sha256 + size pass-through. One pipeline uses two: before compression (the diff_id) and
 * after it (the blob digest), so neither needs a second read of the data.
 */
export function createDigestStream(): DigestStream {
  const hash = createHash('sha256');
  let size = 0;
  let settled = false;
  let resolve!: (value: DigestResult) => void;
  let reject!: (reason: unknown) => void;
  const result = new Promise<DigestResult>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  result.catch(() => {});

  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
    flush(callback) {
      settled = true;
      resolve({ digest: `sha256:${hash.digest('hex')}`, size });
      callback();
    },
    destroy(error, callback) {
      if (!settled) {
        settled = true;
        reject(error ?? new Error('digest stream closed before its input ended'));
      }
      callback(error);
    },
  });
  return { stream, result };
}

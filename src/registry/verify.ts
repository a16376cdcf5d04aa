import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { contentError } from '../errors.ts';

export const sha256Digest = (bytes: Uint8Array): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

const hasherFor = (digest: string): Hash => {
  const algorithm = digest.slice(0, digest.indexOf(':'));
  if (algorithm !== 'sha256' && algorithm !== 'sha512') {
    throw contentError(`unsupported digest algorithm in ${digest}`);
  }
  return createHash(algorithm);
};

export const digestOf = (bytes: Uint8Array, algorithmOf: string): string =>
  `${algorithmOf.slice(0, algorithmOf.indexOf(':'))}:${hasherFor(algorithmOf).update(bytes).digest('hex')}`;

/**
 * Passes bytes through and fails at the end (or as soon as the size is exceeded) when they do not
 * match the expected digest and size, so whoever reads to the end has verified the blob.
 */
export function createVerifier(expected: { digest: string; size: number }, what: string): Transform {
  const hash = hasherFor(expected.digest);
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > expected.size) {
        callback(contentError(`${what}: more than the expected ${expected.size} bytes for ${expected.digest}`));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      if (seen !== expected.size) {
        callback(contentError(`${what}: got ${seen} bytes, expected ${expected.size} for ${expected.digest}`));
        return;
      }
      const actual = `${expected.digest.slice(0, expected.digest.indexOf(':'))}:${hash.digest('hex')}`;
      if (actual !== expected.digest) {
        callback(contentError(`${what}: digest mismatch, expected ${expected.digest}, got ${actual}`));
        return;
      }
      callback();
    },
  });
}

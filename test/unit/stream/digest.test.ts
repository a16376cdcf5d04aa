import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDigestStream } from '../../../src/stream/digest.ts';

const sha256 = (data: Buffer): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

async function passThrough(chunks: Buffer[]): Promise<{ out: Buffer; digest: string; size: number }> {
  const { stream, result } = createDigestStream();
  const received: Buffer[] = [];
  await pipeline(
    Readable.from(chunks),
    stream,
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        received.push(chunk);
        callback();
      },
    }),
  );
  const { digest, size } = await result;
  return { out: Buffer.concat(received), digest, size };
}

describe('digest stage: sha256 and size of the bytes that flow through', () => {
  it('reports the sha256 digest and byte count of its input, however it is chunked', async () => {
    const data = randomBytes(300_001);
    const chunks = [data.subarray(0, 1), data.subarray(1, 70_000), data.subarray(70_000)];
    const { out, digest, size } = await passThrough(chunks);
    assert.equal(digest, sha256(data));
    assert.equal(size, data.length);
    assert.ok(out.equals(data), 'bytes pass through unchanged');
  });

  it('digests empty input as the sha256 of nothing', async () => {
    const { digest, size } = await passThrough([]);
    assert.equal(digest, 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(size, 0);
  });

  it('rejects its result when the stream is destroyed before the input ends', async () => {
    const { stream, result } = createDigestStream();
    stream.on('error', () => {});
    stream.write(Buffer.from('partial'));
    stream.destroy(new Error('upstream broke'));
    await assert.rejects(result, /upstream broke/);
  });

  it('does not raise an unhandled rejection when a failed pipeline never awaits the result', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on('unhandledRejection', onUnhandled);
    try {
      const { stream } = createDigestStream();
      const failing = new Readable({
        read() {
          this.destroy(new Error('source failed'));
        },
      });
      await assert.rejects(pipeline(failing, stream, new Writable({ write: (_c, _e, cb) => cb() })), /source failed/);
      await new Promise((resolve) => setImmediate(resolve));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

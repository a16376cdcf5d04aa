import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PassThrough, Readable } from 'node:stream';
import { chunksOf } from '../../../src/stream/chunks.ts';

describe('chunksOf: a stream read chunk by chunk, never joined', () => {
  it('yields the very Buffers written, even when several wait in the buffer', async () => {
    const stream = new PassThrough({ highWaterMark: 1 << 20 });
    const written = [Buffer.from('one'), Buffer.from('two'), Buffer.from('three')];
    for (const chunk of written) stream.write(chunk);
    stream.end();
    // Node's own iterator would hand these back as one joined Buffer: they are all buffered.
    const seen: Buffer[] = [];
    for await (const chunk of chunksOf(stream)) seen.push(chunk);
    assert.equal(seen.length, 3);
    for (const [i, chunk] of seen.entries()) assert.equal(chunk, written[i], `chunk ${i} is the written Buffer itself`);
  });

  it('keeps the stream paused while no chunk is asked for', async () => {
    let reads = 0;
    const stream = new Readable({
      highWaterMark: 4,
      read() {
        reads++;
        this.push(Buffer.alloc(4));
        if (reads === 100) this.push(null);
      },
    });
    const iterator = chunksOf(stream);
    await iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(reads < 10, `the source was read ${reads} times while the consumer waited`);
    let rest = 0;
    for await (const _ of iterator) rest++;
    assert.equal(rest + 1, 100);
  });

  it('throws the stream error, after the chunks that came before it', async () => {
    const stream = new PassThrough();
    stream.write(Buffer.from('a'));
    const iterator = chunksOf(stream);
    assert.equal((await iterator.next()).value?.toString(), 'a');
    setImmediate(() => stream.destroy(new Error('socket reset')));
    await assert.rejects(iterator.next(), /socket reset/);
  });

  it('reports a stream closed before its end as premature, not as the end', async () => {
    const stream = new PassThrough();
    const iterator = chunksOf(stream);
    setImmediate(() => stream.destroy());
    await assert.rejects(iterator.next(), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });

  it('destroys the stream when the loop stops early', async () => {
    const stream = Readable.from([Buffer.from('x'), Buffer.from('y'), Buffer.from('z')], { objectMode: false });
    for await (const _ of chunksOf(stream)) break;
    assert.equal(stream.destroyed, true);
  });
});

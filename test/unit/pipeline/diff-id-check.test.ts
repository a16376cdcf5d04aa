import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { createDiffIdCheck } from '../../../src/pipeline/diff-id-check.ts';
import { FlattenError } from '../../../src/errors.ts';

const bytes = Buffer.alloc(200_000, 7);
const digest = (data: Buffer): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;
const layer = { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: `sha256:${'a'.repeat(64)}`, size: 1 };
const chunks = (): Readable => Readable.from([bytes.subarray(0, 100_000), bytes.subarray(100_000)], { objectMode: false });

async function readAll(stream: Readable): Promise<void> {
  for await (const _ of stream);
}

describe('diff_id check', () => {
  it('a read that stops part way proves nothing; the first full read decides and fails on a mismatch', async () => {
    const check = createDiffIdCheck('img', [layer], [`sha256:${'0'.repeat(64)}`]);
    const partial = check.watch(0, chunks());
    for await (const _ of partial) break; // the reader stops after one chunk
    assert.equal(check.failure, undefined);
    await assert.rejects(readAll(check.watch(0, chunks())), (error: unknown) => {
      assert.ok(error instanceof FlattenError && error.kind === 'content');
      assert.match(
        error.message,
        /^img: layer 0 \(sha256:a{64}\) uncompressed has diff_id sha256:[0-9a-f]{64}, but the config's rootfs\.diff_ids\[0\] is sha256:0{64}/,
      );
      assert.ok(error.message.includes(digest(bytes)));
      return true;
    });
    assert.ok(check.failure !== undefined);
    // Later reads of a layer known to be wrong fail at once.
    await assert.rejects(readAll(check.watch(0, chunks())), /rootfs\.diff_ids\[0\]/);
  });

  it('a matching layer passes, and checkRemaining reads only the layers no read has finished', async () => {
    const check = createDiffIdCheck('img', [layer, layer], [digest(bytes), `sha256:${'1'.repeat(64)}`]);
    await readAll(check.watch(0, chunks()));
    const opened: number[] = [];
    await assert.rejects(
      check.checkRemaining((index) => {
        opened.push(index);
        return chunks();
      }),
      /layer 1 .*rootfs\.diff_ids\[1\] is sha256:1{64}/,
    );
    assert.deepEqual(opened, [1]);
  });

  it('a count that differs from the layers is an error before anything is read', () => {
    assert.throws(() => createDiffIdCheck('img', [layer], []), /img: config lists 0 diff_ids but the manifest has 1 layers/);
  });
});

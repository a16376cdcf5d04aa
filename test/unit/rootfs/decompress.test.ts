import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import { FlattenError } from '../../../src/errors.ts';
import { MediaType } from '../../../src/image/media-types.ts';
import { decompressLayer } from '../../../src/rootfs/index.ts';
import { buildTarSync } from '../../helpers/tar-builder.ts';

const tar = buildTarSync([{ type: 'file', path: 'a', content: 'hello' }]);
const digest = 'sha256:0123';
const decode = (bytes: Buffer, mediaType: string): Promise<Buffer> =>
  buffer(decompressLayer(Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]), { mediaType, digest }));
const isContentError =
  (pattern: RegExp) =>
  (error: unknown): boolean => {
    assert.ok(error instanceof FlattenError);
    assert.equal(error.kind, 'content');
    assert.match(error.message, pattern);
    return true;
  };

describe('decompressLayer: the media type decides, and the first bytes must agree', () => {
  it('gzip, zstd and plain tar, including Docker foreign and OCI non-distributable types', async () => {
    assert.ok((await decode(gzipSync(tar), MediaType.ociLayerGzip)).equals(tar));
    assert.ok((await decode(gzipSync(tar), MediaType.dockerForeignLayerGzip)).equals(tar));
    assert.ok((await decode(zstdCompressSync(tar), MediaType.ociLayerZstd)).equals(tar));
    assert.ok((await decode(zstdCompressSync(tar), MediaType.ociLayerNondistributableZstd)).equals(tar));
    assert.ok((await decode(tar, MediaType.dockerLayer)).equals(tar));
  });
  it('a gzip blob labelled as an uncompressed tar names the layer, the type and what was found', async () => {
    await assert.rejects(
      decode(gzipSync(tar), MediaType.ociLayer),
      isContentError(/sha256:0123.*vnd\.oci\.image\.layer\.v1\.tar .*starts with gzip data/),
    );
  });
  it('a plain tar labelled as zstd', async () => {
    await assert.rejects(
      decode(tar, MediaType.ociLayerZstd),
      isContentError(/declares zstd data, but the blob starts with uncompressed data/),
    );
  });
  it('corrupt gzip data', async () => {
    const broken = gzipSync(tar);
    broken.fill(0x55, 20, 60);
    await assert.rejects(decode(broken, MediaType.ociLayerGzip), isContentError(/sha256:0123: cannot decompress/));
  });
  it('encrypted and unknown media types', async () => {
    assert.throws(
      () => decompressLayer(Readable.from([tar]), { mediaType: `${MediaType.ociLayerGzip}+encrypted`, digest }),
      isContentError(/encrypted/),
    );
    assert.throws(
      () => decompressLayer(Readable.from([tar]), { mediaType: 'application/x-unknown', digest }),
      isContentError(/unsupported layer media type/),
    );
  });
});

/** A zstd skippable frame (magic 0x184D2A50 + n, LE32 size, payload), made by hand. */
const skippable = (n: number, payload: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(0x184d2a50 + n, 0);
  head.writeUInt32LE(payload.length, 4);
  return Buffer.concat([head, payload]);
};

describe('decompressLayer reads every gzip member and zstd frame, as Go decoders (containerd) do', () => {
  const big = buildTarSync([
    { type: 'file', path: 'big', content: Buffer.alloc(300_000, 7) },
    { type: 'file', path: 'b', content: 'second' },
  ]);
  const parts = [tar, big, tar];
  const whole = Buffer.concat(parts);
  /** Every way of feeding the blob: whole, in small chunks, and one byte per chunk at the frame seams. */
  const feeds = (blob: Buffer): Buffer[][] => [
    [blob],
    Array.from({ length: Math.ceil(blob.length / 5) }, (_, i) => blob.subarray(i * 5, i * 5 + 5)),
    Array.from({ length: Math.ceil(blob.length / 4096) }, (_, i) => blob.subarray(i * 4096, i * 4096 + 4096)),
  ];
  const decodeAll = async (blob: Buffer, mediaType: string): Promise<void> => {
    for (const chunks of feeds(blob)) {
      const out = await buffer(decompressLayer(Readable.from(chunks), { mediaType, digest }));
      assert.ok(out.equals(whole), `${chunks.length} chunk(s): ${out.length} bytes, expected ${whole.length}`);
    }
  };
  it('multi-member gzip (pigz, concatenated blobs)', async () => {
    await decodeAll(Buffer.concat(parts.map((part) => gzipSync(part))), MediaType.ociLayerGzip);
  });
  it('zstd with several frames', async () => {
    await decodeAll(Buffer.concat(parts.map((part) => zstdCompressSync(part))), MediaType.ociLayerZstd);
  });
  it('zstd with skippable frames first, between frames and last', async () => {
    const frames = parts.map((part) => zstdCompressSync(part));
    const blob = Buffer.concat([
      skippable(15, Buffer.from('seekable index, say')),
      frames[0] as Buffer,
      skippable(3, Buffer.alloc(0)),
      frames[1] as Buffer,
      frames[2] as Buffer,
      skippable(0, Buffer.alloc(70_000, 1)),
    ]);
    await decodeAll(blob, MediaType.ociLayerZstd);
  });
  it('zstd followed by bytes that are not a frame, or cut inside a frame, is an error naming the layer', async () => {
    const frame = zstdCompressSync(tar);
    await assert.rejects(
      decode(Buffer.concat([frame, Buffer.from('garbage!')]), MediaType.ociLayerZstd),
      isContentError(/sha256:0123: cannot decompress.*not a zstd frame/),
    );
    await assert.rejects(
      decode(frame.subarray(0, frame.length - 3), MediaType.ociLayerZstd),
      isContentError(/sha256:0123: cannot decompress/),
    );
  });
});

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
const isContentError = (pattern: RegExp) => (error: unknown): boolean => {
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
    await assert.rejects(decode(gzipSync(tar), MediaType.ociLayer), isContentError(/sha256:0123.*vnd\.oci\.image\.layer\.v1\.tar .*starts with gzip data/));
  });
  it('a plain tar labelled as zstd', async () => {
    await assert.rejects(decode(tar, MediaType.ociLayerZstd), isContentError(/declares zstd data, but the blob starts with uncompressed data/));
  });
  it('corrupt gzip data', async () => {
    const broken = gzipSync(tar);
    broken.fill(0x55, 20, 60);
    await assert.rejects(decode(broken, MediaType.ociLayerGzip), isContentError(/sha256:0123: cannot decompress/));
  });
  it('encrypted and unknown media types', async () => {
    assert.throws(() => decompressLayer(Readable.from([tar]), { mediaType: `${MediaType.ociLayerGzip}+encrypted`, digest }), isContentError(/encrypted/));
    assert.throws(() => decompressLayer(Readable.from([tar]), { mediaType: 'application/x-unknown', digest }), isContentError(/unsupported layer media type/));
  });
});

/**
 * Layer blob -> uncompressed tar stream, by the descriptor's media type, with the stream's first
 * bytes checked against that type: a gzip blob labelled as plain tar (or the reverse) is reported
 * as such, naming the layer, instead of surfacing later as a baffling tar header error.
 */
import { PassThrough, Transform, type Readable, type TransformCallback } from 'node:stream';
import { createGunzip, createZstdDecompress } from 'node:zlib';
import { contentError, FlattenError } from '../errors.ts';
import { MediaType } from '../image/media-types.ts';
import { isSkippableMagic, zstdFrames } from './zstd-frames.ts';

type Compression = 'none' | 'gzip' | 'zstd';

const COMPRESSION: Readonly<Record<string, Compression>> = {
  [MediaType.ociLayer]: 'none',
  [MediaType.ociLayerGzip]: 'gzip',
  [MediaType.ociLayerZstd]: 'zstd',
  [MediaType.ociLayerNondistributable]: 'none',
  [MediaType.ociLayerNondistributableGzip]: 'gzip',
  [MediaType.ociLayerNondistributableZstd]: 'zstd',
  [MediaType.dockerLayer]: 'none',
  [MediaType.dockerLayerGzip]: 'gzip',
  [MediaType.dockerForeignLayerGzip]: 'gzip',
  'application/vnd.docker.image.rootfs.foreign.diff.tar': 'none',
};

const MAGICS: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
  { name: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
];
const MAGIC_BYTES = 8;

/** Which compression a layer media type declares; contentError for unknown or encrypted types. */
function layerCompression(descriptor: { mediaType: string; digest: string }): Compression {
  const { mediaType, digest } = descriptor;
  if (mediaType.endsWith('+encrypted')) {
    throw contentError(`layer ${digest}: encrypted layers (${mediaType}) are not supported`);
  }
  const compression = COMPRESSION[mediaType];
  if (compression === undefined) throw contentError(`layer ${digest}: unsupported layer media type ${JSON.stringify(mediaType)}`);
  return compression;
}

/**
 * The compression a blob's first bytes announce (gzip, zstd, bzip2, xz), or undefined for none
 * known. A zstd stream may start with a skippable frame (containerd's DetectCompression too).
 */
export function compressionOf(head: Uint8Array): string | undefined {
  if (head.length >= 8 && isSkippableMagic(Buffer.from(head.buffer, head.byteOffset, 4).readUInt32LE(0))) return 'zstd';
  return MAGICS.find((magic) => head.length >= magic.bytes.length && magic.bytes.every((byte, i) => head[i] === byte))?.name;
}

function sniff(head: Buffer): string {
  const found = compressionOf(head);
  if (found !== undefined) return `${found} data`;
  return head.length === 0 ? 'no data' : 'uncompressed data';
}

/** Holds back the first bytes until it can name what they are, then passes everything through. */
function magicCheck(expected: Compression, describe: (found: string) => string): Transform {
  let head: Buffer | undefined = Buffer.alloc(0);
  const verdict = (): Error | undefined => {
    const found = sniff(head ?? Buffer.alloc(0));
    const ok = expected === 'none' ? found === 'uncompressed data' || found === 'no data' : found === `${expected} data`;
    return ok ? undefined : contentError(describe(found));
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (head === undefined) {
        callback(null, chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      if (head.length < MAGIC_BYTES) {
        callback();
        return;
      }
      const error = verdict();
      const out = head;
      head = undefined;
      callback(error ?? null, error === undefined ? out : undefined);
    },
    flush(callback: TransformCallback) {
      if (head === undefined) {
        callback();
        return;
      }
      const error = verdict();
      const out = head;
      head = undefined;
      callback(error ?? null, error === undefined && out.length > 0 ? out : undefined);
    },
  });
}

/** Decompress a layer blob stream according to its descriptor media type (gzip, zstd via node:zlib createZstdDecompress, or plain tar), CHECKING the stream's first bytes (magic) against the media type: mismatch -> contentError naming layer digest, media type and what was found. Unknown / encrypted (`+encrypted`) media types -> contentError. Also accept Docker's foreign/nondistributable types. */
export function decompressLayer(stream: Readable, descriptor: { mediaType: string; digest: string }): Readable {
  const compression = layerCompression(descriptor);
  const { mediaType, digest } = descriptor;
  const check = magicCheck(
    compression,
    (found) =>
      `layer ${digest}: media type ${mediaType} declares ${compression === 'none' ? 'an uncompressed tar' : `${compression} data`}, but the blob starts with ${found}`,
  );
  const out = new PassThrough({ highWaterMark: 64 * 1024 });
  const stages: (Readable | Transform)[] = [stream, check];
  if (compression === 'gzip') stages.push(createGunzip({ chunkSize: 64 * 1024 }));
  // Frames cut apart first: node:zlib's zstd decoder alone stops after the first (zstd-frames.ts).
  if (compression === 'zstd') stages.push(zstdFrames(), createZstdDecompress({ chunkSize: 64 * 1024 }));
  let failed = false;
  const fail = (error: unknown): void => {
    if (failed) return;
    failed = true;
    const reported =
      error instanceof FlattenError
        ? error
        : contentError(`layer ${digest}: cannot decompress ${mediaType}: ${error instanceof Error ? error.message : String(error)}`, error);
    for (const stage of stages) stage.destroy();
    out.destroy(reported);
  };
  // Wired by hand rather than with pipeline(): pipeline would hand the raw zlib error to the last
  // stream before it could be turned into a message that names the layer.
  for (const stage of stages) stage.on('error', fail);
  let previous: Readable = stream;
  for (const stage of stages.slice(1)) previous = previous.pipe(stage as Transform);
  previous.pipe(out);
  out.on('close', () => {
    if (!out.readableEnded) for (const stage of stages) stage.destroy();
  });
  return out;
}

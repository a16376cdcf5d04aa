import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { MediaType } from '../../../src/image/media-types.ts';
import type { Descriptor, RawManifest } from '../../../src/image/types.ts';

export interface Blob {
  bytes: Buffer;
  descriptor: Descriptor;
}

export const sha256 = (bytes: Uint8Array): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export function makeBlob(bytes: Buffer, mediaType: string = MediaType.ociLayerGzip): Blob {
  return { bytes, descriptor: { mediaType, digest: sha256(bytes), size: bytes.length } };
}

export const randomBlob = (size: number): Blob => makeBlob(randomBytes(size));

/** An OCI image manifest over a config and layers (their content does not matter to a registry). */
export function makeImage(layerSizes: readonly number[]): { config: Blob; layers: Blob[]; manifest: RawManifest } {
  const config = makeBlob(
    Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', nonce: randomBytes(8).toString('hex') })),
    MediaType.ociConfig,
  );
  const layers = layerSizes.map((size) => randomBlob(size));
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: config.descriptor,
      layers: layers.map((l) => l.descriptor),
    }),
  );
  return { config, layers, manifest: { bytes, mediaType: MediaType.ociManifest, digest: sha256(bytes) } };
}

/** A source stream in small pieces, as a spool file would give it. */
export const openBytes = (bytes: Buffer) => (): Readable => Readable.from(chunked(bytes, 64 * 1024), { objectMode: false });

function* chunked(bytes: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

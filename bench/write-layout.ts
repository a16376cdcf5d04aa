/** Writing a generated benchmark image into an OCI layout: its layers, config, manifest and index. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { type BenchImage, sha256File } from './build-image.ts';

export interface BuiltLayers {
  diffIds: string[];
  descriptors: Array<{ mediaType: string; digest: string; size: number }>;
  layerBlobs: string[];
  uncompressedBytes: number;
  files: number;
}

/** A small JSON blob stored in the layout under its digest. */
export async function putJsonBlob(layout: string, value: unknown): Promise<{ digest: string; size: number }> {
  const bytes = Buffer.from(JSON.stringify(value));
  const digest = createHash('sha256').update(bytes).digest('hex');
  await writeFile(join(layout, 'blobs', 'sha256', digest), bytes);
  return { digest: `sha256:${digest}`, size: bytes.length };
}

/**
 * Compresses a layer tar with `compressor` (`gzip` or `pigz`, level 6, no name or time) into the
 * layout and adds it to `layers`; the tar is removed.
 */
export async function addLayer(layers: BuiltLayers, layout: string, tarFile: string, compressor: 'gzip' | 'pigz'): Promise<void> {
  layers.uncompressedBytes += (await stat(tarFile)).size;
  layers.diffIds.push(`sha256:${await sha256File(tarFile)}`);
  const gzFile = `${tarFile}.gz`;
  await pipeline(spawn(compressor, ['-6', '-n', '-c', tarFile]).stdout, createWriteStream(gzFile));
  const digest = await sha256File(gzFile);
  const blob = join(layout, 'blobs', 'sha256', digest);
  await rename(gzFile, blob);
  layers.layerBlobs.push(blob);
  layers.descriptors.push({
    mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
    digest: `sha256:${digest}`,
    size: (await stat(blob)).size,
  });
  await rm(tarFile);
}

/**
 * Writes the image's config (fixed times: the same layers give the same digests) and manifest
 * into the layout, tags it `bench`, removes the work directory and records the summary that
 * later runs reuse.
 */
export async function finishBenchLayout(
  layout: string,
  work: string,
  layers: BuiltLayers,
  runConfig: Record<string, unknown>,
  historyName: string,
): Promise<BenchImage> {
  const { diffIds, descriptors } = layers;
  const putJson = (value: unknown): Promise<{ digest: string; size: number }> => putJsonBlob(layout, value);
  const config = await putJson({
    created: '2024-01-01T00:00:00Z',
    architecture: 'amd64',
    os: 'linux',
    config: runConfig,
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: diffIds.map((_, index) => ({ created: '2024-01-01T00:00:00Z', created_by: `${historyName} ${index}` })),
  });
  const manifest = await putJson({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers: descriptors,
  });
  const tag = 'bench';
  await writeFile(join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  await writeFile(
    join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest, annotations: { 'org.opencontainers.image.ref.name': tag } },
      ],
    }),
  );
  await rm(work, { recursive: true, force: true });
  const image: BenchImage = {
    layout,
    tag,
    layerBlobs: layers.layerBlobs,
    uncompressedBytes: layers.uncompressedBytes,
    compressedBytes: descriptors.reduce((sum, layer) => sum + layer.size, 0),
    files: layers.files,
  };
  await writeFile(join(layout, 'bench-summary.json'), JSON.stringify(image));
  return image;
}

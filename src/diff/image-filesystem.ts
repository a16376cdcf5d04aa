/**
 * An image's final filesystem: its layers applied oldest first onto an empty tree
 * (apply-layer.ts), each checked against its config diff_id on the way. The one API `flatten
 * diff` (src/diff.ts) and `--verify` (pipeline/verify-result.ts) share.
 */
import type { Readable } from 'node:stream';
import { parseConfig } from '../image/parse.ts';
import type { Descriptor, ImageManifest } from '../image/types.ts';
import { createDiffIdCheck } from '../pipeline/diff-id-check.ts';
import { decompressLayer } from '../rootfs/decompress.ts';
import { createTarReader } from '../rootfs/tar-reader.ts';
import { applyLayer } from './apply-layer.ts';
import { emptyTree, type FsTree } from './fs-tree.ts';

export interface ImageLayers {
  /** Names the image in messages. */
  label: string;
  /** Base first. */
  layers: readonly Descriptor[];
  /** The config's rootfs.diff_ids, one per layer. */
  diffIds: readonly string[];
}

/** Opens a layer blob as stored (compressed); may be called again for the same layer. */
export type OpenBlob = (descriptor: Descriptor) => Readable | Promise<Readable>;

/** The layers and diff_ids of an image manifest; `readBlob` reads its config blob whole. */
export async function imageLayers(
  manifest: ImageManifest,
  label: string,
  readBlob: (descriptor: Descriptor) => Promise<Uint8Array>,
): Promise<ImageLayers> {
  const config = parseConfig(await readBlob(manifest.config), label);
  const diffIds = config.rootfs.diff_ids;
  return { label, layers: manifest.layers, diffIds };
}

export async function imageFilesystem(image: ImageLayers, open: OpenBlob, signal?: AbortSignal): Promise<FsTree> {
  const check = createDiffIdCheck(image.label, image.layers, image.diffIds);
  const uncompressed = async (index: number): Promise<Readable> => {
    const descriptor = image.layers[index] as Descriptor;
    return check.watch(index, decompressLayer(await open(descriptor), descriptor));
  };
  const tree = emptyTree();
  for (const [index, descriptor] of image.layers.entries()) {
    signal?.throwIfAborted();
    const stream = await uncompressed(index);
    try {
      await applyLayer(tree, createTarReader(stream, descriptor.digest), `${image.label}: layer ${index} (${descriptor.digest})`, signal);
    } catch (error) {
      // A layer that does not hash to its diff_id is the cause to report, not what it made of the tar.
      throw check.failure ?? error;
    } finally {
      stream.destroy();
    }
  }
  // Every layer was read to its end above, unless a tar ended early: those are read once more.
  await check.checkRemaining(uncompressed, signal);
  return tree;
}

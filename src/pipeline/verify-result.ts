/**
 * `--verify`: once every blob of a flattened image is stored, and before anything names it, the
 * image is read back from the target by digest, its final filesystem computed with the diff
 * applier (diff/apply-layer.ts, independent of the merge) and compared with the source's,
 * computed the same way from the source's layers. It costs one more read of the source layers
 * (from the spool, local) and of the result (from the target) and the CPU to apply both.
 */
import type { Readable } from 'node:stream';
import { contentError, FlattenError } from '../errors.ts';
import { compareTrees } from '../diff/compare-trees.ts';
import { describeDifference } from '../diff/describe-difference.ts';
import { imageFilesystem, imageLayers, type ImageLayers, type OpenBlob } from '../diff/image-filesystem.ts';
import type { Descriptor, ImageManifest } from '../image/types.ts';
import type { ImageTarget } from '../transport/types.ts';

export interface VerifyInput {
  label: string;
  /** The source image's layers and diff_ids, and how to open them. */
  source: ImageLayers;
  openSource: OpenBlob;
  /** The image that is about to be written, and where its blobs are. */
  result: ImageManifest;
  target: ImageTarget;
  /** Layers the target does not store (non-distributable ones) come from the source. */
  notStored: (descriptor: Descriptor) => boolean;
  signal?: AbortSignal;
}

/** How many differences the error line shows. */
const SHOWN = 3;

/** Resolves to the number of entries compared; rejects (content error) on any difference. */
export async function verifyResult(input: VerifyInput): Promise<number> {
  const { target, signal } = input;
  const storedBlob = target.storedBlob;
  if (storedBlob === undefined)
    throw new FlattenError('usage', `${target.description}: options.verify cannot read this kind of target back`);
  const readBack = (descriptor: Descriptor): Promise<Readable> | Readable =>
    input.notStored(descriptor) ? input.openSource(descriptor) : storedBlob.call(target, descriptor, signal);
  const resultLabel = `${input.label} (flattened, read back from ${target.description})`;
  const [sourceTree, resultTree] = await Promise.all([
    imageFilesystem(input.source, input.openSource, signal),
    imageLayers(input.result, resultLabel, async (descriptor) => collect(await storedBlob.call(target, descriptor, signal))).then(
      (layers) => imageFilesystem(layers, readBack, signal),
    ),
  ]);
  const { differences, entriesA } = compareTrees(sourceTree, resultTree);
  if (differences.length === 0) return entriesA;
  const shown = differences.slice(0, SHOWN).map(describeDifference).join('; ');
  throw contentError(
    `${input.label}: options.verify: the flattened image differs from the source in ${differences.length} ` +
      `entr${differences.length === 1 ? 'y' : 'ies'} (- only in the source, + only in the result): ${shown}${differences.length > SHOWN ? '; …' : ''}; the tag was not written`,
  );
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

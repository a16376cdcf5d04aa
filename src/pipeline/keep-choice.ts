import { optionError } from '../errors.ts';
import type { ParsedManifest } from '../image/parse.ts';
import type { Descriptor } from '../image/types.ts';
import type { TransportOptions } from '../transport/open.ts';
import { annotatedBase, BASE_NAME, readBaseDiffIds } from './base-layers.ts';
import type { ImageJob } from './flatten-image.ts';
import type { ProgressListener } from './progress.ts';

/** Which layers of one image stay as they are: a count, or the diff_ids of its base to match as a prefix. */
export type KeepChooser = (
  manifest: ParsedManifest & { kind: 'image' },
  label: string,
  platform: Descriptor['platform'],
  indexAnnotations?: Readonly<Record<string, string>>,
) => Promise<ImageJob['keep']>;

export interface KeepChoiceOptions {
  keepBase?: number | undefined;
  /** A base image's name, or `auto`: each image's own base, as its annotations (or its index's) name it. */
  base?: string | undefined;
  transport: TransportOptions;
  signal?: AbortSignal | undefined;
  progress: ProgressListener;
}

/**
 * The layers to keep, per image. A named base is read once, here; with `auto`, each base an
 * image names is read the first time an image names it.
 */
export async function createKeepChooser(options: KeepChoiceOptions): Promise<KeepChooser> {
  const autoBase = options.base === 'auto';
  const read = { transport: options.transport, signal: options.signal };
  const baseDiffIds = options.base === undefined || autoBase ? undefined : await readBaseDiffIds(options.base, read);
  const annotatedBaseDiffIds = new Map<string, Promise<(platform: Descriptor['platform']) => string[]>>();
  return async (manifest, label, platform, indexAnnotations) => {
    if (!autoBase) return baseDiffIds === undefined ? { count: options.keepBase ?? 0 } : { baseDiffIds: baseDiffIds(platform) };
    const reference = annotatedBase(manifest.manifest.annotations, indexAnnotations);
    if (reference === undefined) {
      throw optionError(
        'base',
        `options.base auto: ${label} names no base image (no ${BASE_NAME} annotation); name it with options.base REF or count its layers with options.keepBase N`,
      );
    }
    let lookup = annotatedBaseDiffIds.get(reference);
    if (lookup === undefined) {
      lookup = readBaseDiffIds(reference, read);
      annotatedBaseDiffIds.set(reference, lookup);
    }
    options.progress({ type: 'note', message: `${label}: base ${reference} (from its annotations)` });
    return { baseDiffIds: (await lookup)(platform) };
  };
}

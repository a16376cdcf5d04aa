import { usageError } from '../errors.ts';
import { parseConfig, parseManifest, type ParsedManifest } from '../image/parse.ts';
import { formatPlatform, isAttestation, matchesPlatform, type PlatformSelector } from '../image/platform.ts';
import type { Descriptor } from '../image/types.ts';
import type { ImageSource } from '../transport/types.ts';
import type { ProgressListener } from './progress.ts';

export interface SelectedChild {
  descriptor: Descriptor;
  parsed: ParsedManifest & { kind: 'image' };
}

/** The index's image children in order, nested indexes walked, attestations and unselected platforms dropped. */
export async function selectChildren(
  source: ImageSource,
  root: ParsedManifest & { kind: 'index' },
  selectors: readonly PlatformSelector[],
  progress: ProgressListener,
  dropped: { digest: string; reason: string }[],
  signal: AbortSignal | undefined,
): Promise<SelectedChild[]> {
  const selected: SelectedChild[] = [];
  /** Every platform the index offers, for the message when none is selected. */
  const offered: string[] = [];
  const walk = async (index: ParsedManifest & { kind: 'index' }, depth: number): Promise<void> => {
    if (depth > 4) throw usageError(`${source.description}: indexes nested more than 4 deep`);
    for (const descriptor of index.index.manifests) {
      if (isAttestation(descriptor)) {
        dropped.push({ digest: descriptor.digest, reason: 'attestation' });
        progress({
          type: 'note',
          message: `attestation manifest ${descriptor.digest} is not copied into the new index: it describes the unflattened image`,
        });
        continue;
      }
      if (descriptor.platform !== undefined) offered.push(formatPlatform(descriptor.platform));
      if (selectors.length > 0 && !selectors.some((s) => matchesPlatform(descriptor.platform, s))) {
        dropped.push({ digest: descriptor.digest, reason: `platform ${formatPlatform(descriptor.platform)} not selected` });
        continue;
      }
      const parsed = parseManifest(await source.getManifest(descriptor, signal), `${source.description}@${descriptor.digest}`);
      if (parsed.kind === 'index') await walk(parsed, depth + 1);
      else selected.push({ descriptor, parsed });
    }
  };
  await walk(root, 0);
  if (selected.length === 0) {
    const wanted = selectors.map((s) => [s.os, s.architecture, s.variant].filter(Boolean).join('/')).join(', ');
    const has = offered.length === 0 ? 'no platforms' : `only ${offered.join(', ')}`;
    throw usageError(`${source.description} has no image for ${wanted === '' ? 'any platform' : `platform ${wanted}`}: it has ${has}`);
  }
  return selected;
}

/**
 * `--platform` on a single image: its config says what it is. Flattening a linux/amd64 image
 * because the user asked for linux/arm64 would be a silent surprise, so that is an error.
 */
export async function checkSingleImagePlatform(
  source: ImageSource,
  root: ParsedManifest & { kind: 'image' },
  selectors: readonly PlatformSelector[],
  signal: AbortSignal | undefined,
): Promise<void> {
  const config = parseConfig(await source.getBlobBytes(root.manifest.config, signal), source.description);
  const platform = {
    os: String(config.os ?? ''),
    architecture: String(config.architecture ?? ''),
    ...(typeof config.variant === 'string' ? { variant: config.variant } : {}),
  };
  if (!selectors.some((s) => matchesPlatform(platform, s))) {
    const wanted = selectors.map((s) => [s.os, s.architecture, s.variant].filter(Boolean).join('/')).join(', ');
    throw usageError(`${source.description} is a single ${formatPlatform(platform)} image, not ${wanted}`);
  }
}

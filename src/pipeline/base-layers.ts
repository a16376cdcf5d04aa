import { optionError } from '../errors.ts';
import { parseConfig, parseManifest, type ParsedManifest } from '../image/parse.ts';
import { formatPlatform, isAttestation, matchesPlatform } from '../image/platform.ts';
import type { Descriptor } from '../image/types.ts';
import { openSource, type TransportOptions } from '../transport/open.ts';

/**
 * The diff_ids of the `options.base` image, per platform: an index base answers for each platform it
 * has, a single-image base for any platform.
 */
export async function readBaseDiffIds(
  reference: string,
  options: { transport?: TransportOptions | undefined; signal?: AbortSignal | undefined },
): Promise<(platform: Descriptor['platform']) => string[]> {
  const base = await openSource(reference, options.transport);
  const diffIdsOf = async (parsed: ParsedManifest): Promise<string[]> => {
    if (parsed.kind !== 'image') throw optionError('base', `options.base ${reference}: nested indexes are not supported as a base`);
    const config = parseConfig(await base.getBlobBytes(parsed.manifest.config, options.signal), base.description);
    return config.rootfs.diff_ids;
  };
  try {
    const root = parseManifest(await base.getRootManifest(options.signal), base.description);
    if (root.kind === 'image') {
      const diffIds = await diffIdsOf(root);
      return () => diffIds;
    }
    const byPlatform: { platform: Descriptor['platform']; diffIds: string[] }[] = [];
    for (const child of root.index.manifests) {
      if (isAttestation(child)) continue;
      const parsed = parseManifest(await base.getManifest(child, options.signal), `${base.description}@${child.digest}`);
      byPlatform.push({ platform: child.platform, diffIds: await diffIdsOf(parsed) });
    }
    return (platform) => {
      // A single-image source names no platform: an index base then gives its first image.
      if (platform === undefined && byPlatform[0] !== undefined) return byPlatform[0].diffIds;
      const match = byPlatform.find(
        (b) =>
          platform !== undefined &&
          b.platform !== undefined &&
          matchesPlatform(b.platform, {
            os: platform.os,
            architecture: platform.architecture,
            ...(platform.variant === undefined ? {} : { variant: platform.variant }),
          }),
      );
      if (match === undefined) throw optionError('base', `options.base ${reference} has no image for platform ${formatPlatform(platform)}`);
      return match.diffIds;
    };
  } finally {
    await base.close();
  }
}

export const BASE_NAME = 'org.opencontainers.image.base.name';
const BASE_DIGEST = 'org.opencontainers.image.base.digest';

/**
 * `--base auto`: the base an image names in its annotations (image-spec annotations.md; buildah,
 * podman and Docker's official images set them), read from the image's manifest, else from the
 * index it came from. The digest pins the base as it was when the image was built; a name with
 * no digest is used as it is. Undefined when the image names no base.
 */
export function annotatedBase(...annotationSets: (Readonly<Record<string, string>> | undefined)[]): string | undefined {
  for (const annotations of annotationSets) {
    const name = annotations?.[BASE_NAME];
    const digest = annotations?.[BASE_DIGEST];
    if (name === undefined || name === '') continue;
    if (digest === undefined || digest === '') return name;
    const untagged = name.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
    return `${untagged}@${digest}`;
  }
  return undefined;
}

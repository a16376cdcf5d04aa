import { optionError } from '../errors.ts';
import { familyOf } from '../image/family.ts';
import type { ManifestFamily } from '../image/media-types.ts';
import type { ParsedManifest } from '../image/parse.ts';
import { formatPlatform, isAttestation, matchesPlatform } from '../image/platform.ts';
import type { ResolvedOptions } from './flatten-options.ts';

/**
 * The option checks that need the source's root manifest (read before any blob): a
 * multi-platform source into a docker archive, zstd into the Docker format the source implies,
 * `--keep-index` on a plain image. Returns warnings; throws a usage error (exit 2).
 */
export function checkAgainstSource(
  options: ResolvedOptions,
  root: ParsedManifest,
  targetFamily: ManifestFamily | undefined,
  sourceName: string,
): string[] {
  const warnings: string[] = [];
  const family = options.format ?? targetFamily ?? familyOf(root.mediaType);
  if (family === 'docker' && options.compression === 'zstd' && options.targetKind !== 'docker-archive') {
    throw optionError(
      'compression',
      `options.compression zstd: ${sourceName} is in Docker's format, and zstd layers exist only in the OCI format`,
      'add options.format oci to convert the image, or use options.compression gzip',
    );
  }
  if (root.kind === 'image') {
    // Without exactly one --platform, resolveOptions already warned about --keep-index.
    if (options.keepIndex && options.selectors.length === 1)
      warnings.push(`options.keepIndex has no effect: ${sourceName} is a single image, not an index`);
    return warnings;
  }
  if (options.targetKind === 'docker-archive') {
    const platforms = root.index.manifests.filter((d) => !isAttestation(d));
    const chosen =
      options.selectors.length === 0 ? platforms : platforms.filter((d) => options.selectors.some((s) => matchesPlatform(d.platform, s)));
    if (chosen.length > 1) {
      throw optionError(
        'platforms',
        `${options.target}: a docker archive holds one image, and ${sourceName} has ${chosen.length} platforms (${chosen.map((d) => formatPlatform(d.platform)).join(', ')})`,
        'pick one with options.platforms os/arch',
      );
    }
  }
  return warnings;
}

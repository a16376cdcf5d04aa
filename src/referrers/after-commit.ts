import type { FlattenOptions } from '../flatten.ts';
import type { RawManifest, Descriptor } from '../image/types.ts';
import type { ResolvedOptions } from '../options/flatten-options.ts';
import type { ProgressListener } from '../pipeline/progress.ts';
import type { ImageSource, ImageTarget } from '../transport/types.ts';
import { carryReferrers, descriptorOf } from './carry.ts';
import type { FlattenedPair, ReferrerReport } from './types.ts';
import type { SigningKey } from './signing-key.ts';
import { parseReference } from '../reference/reference.ts';
import { isIndexMediaType } from '../image/media-types.ts';

export interface AfterCommit {
  options: FlattenOptions;
  resolved: ResolvedOptions;
  source: ImageSource;
  target: ImageTarget | undefined;
  sourceRoot: RawManifest;
  /** What the target's tag now names. */
  written: RawManifest;
  /** For an index source: each flattened child, from its source descriptor. */
  children: readonly { from: Descriptor; to: RawManifest }[];
  progress: ProgressListener;
  /** `--sign-key`, read before the run started its work. */
  signingKey: SigningKey | undefined;
}

/** The one call flatten() makes after its tag is written: referrers carried, provenance added (docs/referrers.md). */
export async function referrersAfterCommit(input: AfterCommit): Promise<ReferrerReport[]> {
  const { resolved, target } = input;
  const signing = input.signingKey !== undefined && resolved.targetKind === 'registry';
  // A dry run decides what would happen to what is attached, and writes nothing.
  const writing = resolved.dryRun || target === undefined ? undefined : target;
  if (resolved.referrers === 'none' && (writing === undefined || (!resolved.provenance && !signing))) return [];
  const pairs: FlattenedPair[] = input.children.map((c) => ({
    from: c.from,
    ...(writing === undefined ? {} : { to: descriptorOf(c.to) }),
  }));
  // The index itself, when one is written (one platform picked from an index is written as that image).
  if (input.children.length === 0 || isIndexMediaType(input.written.mediaType)) {
    pairs.push({ from: descriptorOf(input.sourceRoot), ...(writing === undefined ? {} : { to: descriptorOf(input.written) }) });
  }
  return carryReferrers({
    source: input.source,
    target: writing,
    sourceRoot: input.sourceRoot,
    pairs,
    mode: resolved.referrers,
    // A target that holds no referrers (archives) was named in a warning about --provenance already.
    ...(resolved.provenance && writing?.putReferrer !== undefined
      ? {
          provenance: {
            subjectName: resolved.target,
            sourceName: sourceUri(resolved.source, resolved),
            parameters: provenanceParameters(input.options, resolved),
            ...(resolved.created === undefined ? {} : { created: resolved.created }),
          },
        }
      : {}),
    ...(signing && input.signingKey !== undefined
      ? { sign: { key: input.signingKey, dockerReference: repositoryOf(resolved.target) } }
      : {}),
    progress: input.progress,
    ...(input.options.signal === undefined ? {} : { signal: input.options.signal }),
  });
}

/** The source as a URI (SLSA's resolvedDependencies want one): a registry reference gets `docker://`. */
const sourceUri = (source: string, resolved: ResolvedOptions): string =>
  resolved.sourceKind === 'registry' && !source.startsWith('docker://') ? `docker://${source}` : source;

/** What cosign's payload names: the target's repository, registry included, without tag or digest. */
function repositoryOf(target: string): string {
  const ref = parseReference(target.replace(/^docker:\/\//, ''));
  return `${ref.registry}/${ref.repository}`;
}

/**
 * The options that shape the flattened image, as resolved (defaults filled, so that naming a
 * default gives the same statement); a fixed key order keeps the statement's bytes stable.
 */
export function provenanceParameters(options: FlattenOptions, resolved: ResolvedOptions): Record<string, unknown> {
  const parameters: Record<string, unknown> = { source: resolved.source, compression: resolved.compression };
  if (resolved.level !== undefined) parameters.level = resolved.level;
  if (resolved.format !== undefined) parameters.format = resolved.format;
  if (options.platforms !== undefined && options.platforms.length > 0) parameters.platforms = [...options.platforms];
  if (resolved.keepIndex) parameters.keepIndex = true;
  if (resolved.keepBase !== undefined) parameters.keepBase = resolved.keepBase;
  if (resolved.base !== undefined) parameters.base = resolved.base;
  if (resolved.created !== undefined) parameters.created = resolved.created;
  if (options.labels !== undefined) parameters.labels = sorted(options.labels);
  if (options.annotations !== undefined) parameters.annotations = sorted(options.annotations);
  if (options.allowNondistributable === true) parameters.allowNondistributable = true;
  parameters.referrers = resolved.referrers;
  return parameters;
}

const sorted = (pairs: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(pairs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

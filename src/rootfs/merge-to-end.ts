/**
 * Run the merge until it completes, running it again when a layer repeats a path the merge had
 * already written, or needs a copy other than the last (docs/design.md rule 7, duplicates.ts). Each
 * failed run names one more layer whose repeats are then known, so a merge runs at most once per
 * layer (kept ones included) plus once.
 *
 * The consumer must be able to start over: everything it made of a failed run's output (a file,
 * a digest) is thrown away. Layers without repeated paths cost nothing: one run, no extra reads.
 */
import type { Readable } from 'node:stream';
import { contentError } from '../errors.ts';
import { DuplicatePathsError, type DuplicateHints } from './duplicates.ts';
import { EarlyDirectoriesError, type EarlyDirectories } from './early-directories.ts';
import { displayName } from './display-name.ts';
import { mergeLayers } from './merge.ts';
import { MemberError, resolveSymlinkParents, SymlinkParentsError, type PathRewrites } from './symlink-parents.ts';
import type { LayerInput, MergeOptions, MergeStats } from './types.ts';

export interface MergeRun {
  stream: Readable;
  stats: Promise<MergeStats>;
  /** 1 for the first run. */
  attempt: number;
  /** What this run was given: the same layers merged with them again give the same bytes. */
  options: MergeOptions;
}

/**
 * `consume` reads one run's stream to the end (and may await its stats); when it rejects with the
 * run's DuplicatePathsError, the merge runs again with what that error taught.
 */
export async function mergeToEnd<T>(layers: LayerInput[], options: MergeOptions, consume: (run: MergeRun) => Promise<T>): Promise<T> {
  const hints: DuplicateHints = new Map(options.duplicates ?? []);
  const warn = options.onWarning ?? (() => undefined);
  const lower = options.lower ?? [];
  let resolvedPaths: PathRewrites | undefined = options.resolvedPaths;
  let earlyDirectories: EarlyDirectories | undefined = options.earlyDirectories;
  for (let attempt = 1; ; attempt++) {
    const run = {
      ...options,
      duplicates: hints,
      ...(resolvedPaths === undefined ? {} : { resolvedPaths }),
      ...(earlyDirectories === undefined ? {} : { earlyDirectories }),
    };
    const { stream, stats } = mergeLayers(layers, run);
    try {
      return await consume({ stream, stats, attempt, options: run });
    } catch (error) {
      if (error instanceof EarlyDirectoriesError && earlyDirectories === undefined) {
        warn(`${error.message.replace(/: the merge must run again.*/, '')}; merging again with them written first`);
        earlyDirectories = error.directories;
        continue;
      }
      // Directories learnt from a run that stopped for another reason may be stale.
      earlyDirectories = options.earlyDirectories;
      if ((error instanceof MemberError || error instanceof SymlinkParentsError) && resolvedPaths === undefined) {
        resolvedPaths = await resolveAfter(error, [...lower, ...layers], options.signal, warn);
        // Repeats found under the old names may not be repeats under the resolved ones.
        hints.clear();
        for (const [id, duplicates] of options.duplicates ?? []) hints.set(id, duplicates);
        continue;
      }
      if (!(error instanceof DuplicatePathsError)) throw error;
      // The merge refuses hints that do not match the layer, so a layer can fail this way once.
      if (hints.has(error.layerId) || attempt > 2 * (layers.length + lower.length) + 2) {
        throw contentError(`layer ${error.layerId}: its duplicate paths changed between two reads`, error);
      }
      hints.set(error.layerId, error.duplicates);
      warn(repeatsFound(error));
    }
  }
}

/**
 * A member under a symlinked parent, or a refusal that may only come from a name a symlinked
 * parent sends elsewhere: every layer's names resolved once. A refusal that resolving does not
 * explain stands.
 */
async function resolveAfter(
  error: MemberError | SymlinkParentsError,
  layers: LayerInput[],
  signal: AbortSignal | undefined,
  warn: (message: string) => void,
): Promise<PathRewrites> {
  const resolving = resolveSymlinkParents(layers, signal);
  if (error instanceof MemberError) {
    const rewrites = await resolving.catch(() => undefined);
    if (rewrites === undefined || rewrites.size === 0) throw error;
    return rewrites;
  }
  warn(
    `layer ${error.layerId}: ${displayName(error.path)} lies under a symlink; resolving every layer's paths as containerd does (a headers-only read of each layer), then merging again`,
  );
  return resolving;
}

/** The warning for a layer whose repeated paths a run found. */
function repeatsFound(error: DuplicatePathsError): string {
  const paths = [...error.duplicates.keys()];
  const shown = paths
    .slice(0, 3)
    .map((path) => displayName(path))
    .join(', ');
  const deleted = error.duplicates.deletedByLayer?.size ?? 0;
  return paths.length > 0
    ? `layer ${error.layerId}: ${paths.length} path(s) appear more than once (${shown}${paths.length > 3 ? ', ...' : ''}); the later entries win, merging again`
    : `layer ${error.layerId}: ${deleted} member(s) are deleted by later members or markers of the same layer (first near ${displayName(error.path)}), as containerd applies them in order; merging again`;
}

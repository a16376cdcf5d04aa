/**
 * What one run of the merge knows across layers: what newer layers did to each path, what the kept
 * layers hold, the markers they need, the hard links waiting for an older target, and the output.
 * Pure: no I/O.
 */
import { FlattenError } from '../errors.ts';
import { displayName } from './display-name.ts';
import type { EarlyDirectories } from './early-directories.ts';
import { createMarkerSet, type MarkerSet } from './markers.ts';
import { createMergeOutput, type MergeOutput } from './merge-output.ts';
import { createPathIndex, type PathIndex } from './path-index.ts';
import { createPathTree, type PathTree } from './path-tree.ts';
import { createPendingLinks, type LinkGroup, type PendingLinks } from './pending-links.ts';
import { MemberError, type PathRewrites } from './symlink-parents.ts';
import type { LayerInput, MergeOptions, MergeStats } from './types.ts';

export interface MergeState {
  readonly options: MergeOptions;
  readonly stats: MergeStats;
  /** Kept layers, then merged ones, base first: a layer's position is its index here. */
  readonly layers: LayerInput[];
  /** How many of `layers` are kept below the merged layer. */
  readonly keptCount: number;
  /** Every path the run has met, as ids: the indexes below and each layer's members are keyed by them. */
  readonly paths: PathTree;
  /** What the merged layers did to each path (and which paths members used as parents). */
  readonly merged: PathIndex;
  /** What the kept layers hold, when there are any. */
  readonly keptTree: PathIndex | undefined;
  readonly markers: MarkerSet;
  readonly pending: PendingLinks;
  readonly output: MergeOutput;
  /** Names resolved through symlinked parents; undefined while the merge watches for them. */
  readonly rewrites: PathRewrites | undefined;
  readonly watch: boolean;
  /** Directories written after members below them, by path (early-directories.ts). */
  readonly lateDirectories: EarlyDirectories;
  /** Those of them that replace a kept file or symlink: the run must start over. */
  readonly needEarly: EarlyDirectories;
  warn(message: string): void;
  checkAborted(): void;
  /** Links whose target is gone: an error, or dropped with a warning (MergeOptions.missingLinkTarget). */
  reportMissing(groups: LinkGroup[], why: string): void;
}

export function createMergeState(layers: LayerInput[], options: MergeOptions, stats: MergeStats): MergeState {
  const lower = options.lower ?? [];
  const warn = options.onWarning ?? (() => undefined);
  const signal = options.signal;
  const paths = createPathTree();
  return {
    options,
    stats,
    layers: [...lower, ...layers],
    keptCount: lower.length,
    paths,
    merged: createPathIndex(paths),
    keptTree: lower.length > 0 ? createPathIndex(paths) : undefined,
    markers: createMarkerSet(),
    pending: createPendingLinks(),
    output: createMergeOutput(stats, options.earlyDirectories),
    rewrites: options.resolvedPaths,
    watch: options.resolvedPaths === undefined,
    lateDirectories: new Map(),
    needEarly: new Map(),
    warn,
    checkAborted() {
      if (signal?.aborted === true) throw new FlattenError('interrupted', 'merge aborted', { cause: signal.reason });
    },
    reportMissing(groups, why) {
      for (const group of groups) {
        if (group.names.length === 0) continue;
        const message = `layer ${group.layerId}: hard link ${displayName(group.link)} -> ${displayName(group.target)}: target ${why}`;
        if (options.missingLinkTarget === 'drop') warn(`${message}; dropped ${group.names.map((name) => displayName(name)).join(', ')}`);
        else throw new MemberError(message);
      }
    },
  };
}

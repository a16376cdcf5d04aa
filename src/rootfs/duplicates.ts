/**
 * Duplicate paths inside one layer (docs/design.md rule 7): the later entry wins, as extraction would
 * make it, and the output holds each path once.
 *
 * The merge streams and cannot take back a member it already wrote. So when a layer repeats a
 * path whose first copy went out, the merge stops, lists every repeated path of that layer with
 * where its copies stand (`findDuplicatePaths`, a headers-only read), and fails with
 * DuplicatePathsError. A new run given those hints (`MergeOptions.duplicates`) treats every copy
 * but the last as hidden by its own layer (`createOwnLayerView`). Layers without duplicates cost
 * nothing: no hints, no extra state.
 *
 * What extraction does with copies of P in one layer, in tar order:
 * - each copy replaces the previous one; a directory over a directory only changes attributes;
 * - a non-directory copy deletes whatever was below P at that moment: members of this layer below
 *   P that came before it, and everything older layers had below P;
 * - a hard link names the copy of its target that exists when the link is extracted.
 */
import { FlattenError } from '../errors.ts';
import { displayName } from './display-name.ts';
import { classifyName, forEachAncestor } from './paths.ts';
import { forEachHeader } from './layer-headers.ts';
import { createLayerSurvivors } from './layer-survivors.ts';
import { memberPath, type LayerRewrites } from './symlink-parents.ts';
import type { LayerInput } from './types.ts';

/** Where the copies of one repeated path stand in its layer (ordinals count every header). */
export interface DuplicateCopies {
  /** Ordinal of the last copy: the one that wins. */
  last: number;
  lastIsDir: boolean;
  /** Ordinal of the last non-directory copy, or -1: members below the path before it are deleted. */
  lastNonDir: number;
}

/**
 * Repeated paths of one layer, and the ordinals of every member the layer deletes itself
 * (layer-survivors.ts: a later member, whiteout or opaque marker of the same layer), when a
 * headers-only read listed them.
 */
export type LayerDuplicates = Map<string, DuplicateCopies> & { deletedByLayer?: ReadonlySet<number> };

/** Repeated paths by layer id (the same digest twice in an image has the same duplicates). */
export type DuplicateHints = Map<string, LayerDuplicates>;

/**
 * A layer repeats a path whose first copy the merge already wrote: the merge must run again with
 * these hints. A content error, so a caller that does not retry reports it like any bad layer.
 */
export class DuplicatePathsError extends FlattenError {
  readonly layerId: string;
  /** Where the merge stopped. */
  readonly path: string;
  readonly duplicates: LayerDuplicates;

  constructor(layerId: string, path: string, duplicates: LayerDuplicates) {
    super(
      'content',
      `layer ${layerId}: ${displayName(path)} appears twice in the layer (${duplicates.size} repeated path(s)); the merge must run again so the later entries win`,
    );
    this.name = 'DuplicatePathsError';
    this.layerId = layerId;
    this.path = path;
    this.duplicates = duplicates;
  }
}

/**
 * Read the layer's headers (bodies skipped) and list every content path it holds more than once.
 * Markers and invalid names are left out: the merge itself judges those.
 */
export async function findDuplicatePaths(input: LayerInput, signal?: AbortSignal, rewrites?: LayerRewrites): Promise<LayerDuplicates> {
  const first = new Map<string, { ordinal: number; isDir: boolean }>();
  const duplicates: LayerDuplicates = new Map();
  const survivors = createLayerSurvivors();
  await forEachHeader(input, signal, (header, ordinal) => {
    const path = memberPath(header, ordinal, rewrites);
    if (path === undefined) return;
    const name = classifyName(path);
    if (name.kind === 'whiteout') survivors.whiteout(name.target);
    else if (name.kind === 'opaque') survivors.opaque(name.dir);
    if (name.kind !== 'content') return;
    const isDir = header.kind === 'dir';
    survivors.member(ordinal, path, isDir);
    const seen = duplicates.get(path);
    if (seen !== undefined) {
      seen.last = ordinal;
      seen.lastIsDir = isDir;
      if (!isDir) seen.lastNonDir = ordinal;
      return;
    }
    const earlier = first.get(path);
    if (earlier === undefined) {
      first.set(path, { ordinal, isDir });
      return;
    }
    duplicates.set(path, { last: ordinal, lastIsDir: isDir, lastNonDir: !isDir ? ordinal : earlier.isDir ? -1 : earlier.ordinal });
  });
  duplicates.deletedByLayer = survivors.hidden;
  return duplicates;
}

export interface OwnLayerView {
  /** True when the path is one of the layer's repeated paths. */
  has(path: string): boolean;
  /** True when the member at (path, ordinal) does not survive its own layer. */
  hides(path: string, ordinal: number): boolean;
  /**
   * Repeated paths whose last copy is a directory but that a non-directory copy replaced earlier
   * in the layer: everything older layers had below them is gone.
   */
  replacedDirectories(): string[];
}

export function createOwnLayerView(duplicates: LayerDuplicates): OwnLayerView {
  const deletesBelow = [...duplicates.values()].some((copies) => copies.lastNonDir >= 0);
  const deleted = duplicates.deletedByLayer;
  return {
    has: (path) => duplicates.has(path),
    hides(path, ordinal) {
      if (deleted?.has(ordinal) === true) return true;
      const copies = duplicates.get(path);
      if (copies !== undefined && ordinal < copies.last) return true;
      if (!deletesBelow) return false;
      return forEachAncestor(path, (ancestor) => ordinal < (duplicates.get(ancestor)?.lastNonDir ?? -1));
    },
    replacedDirectories() {
      return [...duplicates].filter(([, copies]) => copies.lastIsDir && copies.lastNonDir >= 0).map(([path]) => path);
    },
  };
}

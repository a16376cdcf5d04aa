/**
 * The layer the merge is reading (merge-layer.ts): what its members so far did, and the markers it
 * stages for its end; and a member of it once placed (place-member.ts). Pure: no I/O.
 */
import { displayName } from './display-name.ts';
import { createOwnLayerView, type OwnLayerView } from './duplicates.ts';
import type { DirectoryRef, InodeRef, SkippedInode } from './layer-members.ts';
import { createMemberIndex, type MemberIndex } from './member-index.ts';
import { createMemberTable, type MemberTable } from './member-table.ts';
import type { MergeState } from './merge-state.ts';
import { MemberError, type LayerRewrites } from './symlink-parents.ts';
import type { TarHeader } from './tar-reader.ts';
import type { LayerInput } from './types.ts';

export interface LayerPass {
  readonly state: MergeState;
  /** Position in state.layers. */
  readonly layer: number;
  readonly input: LayerInput;
  readonly kept: boolean;
  /** Its members so far, by path. */
  readonly seen: MemberIndex<InodeRef | DirectoryRef>;
  readonly table: MemberTable;
  /** Its repeated paths, when a run before this one found them (rule 7). */
  readonly own: OwnLayerView | undefined;
  readonly rewrites: LayerRewrites | undefined;
  /** Symlinks it made so far: a later member below one lies elsewhere (symlink-parents.ts). */
  readonly symlinks: Set<string>;
  /** Directories its members so far lie in, and those of them it has no directory member for. */
  readonly dirs: Set<string>;
  readonly implicitDirs: Set<string>;
  readonly dirMembers: Set<string>;
  /** Its markers, with their position: they hide the older layers when the layer ends (rule 1). */
  readonly stagedWhiteouts: { target: string; ordinal: number }[];
  readonly stagedOpaques: { dir: string; ordinal: number }[];
  /** Hidden members whose bytes surviving links need: read again after the layer (reread.ts). */
  readonly secondRead: SkippedInode[];
  /** Set when the merge must stop at a repeated path; the error stands if the path does not repeat. */
  stop: { path: string; unlessRepeated: MemberError | undefined } | undefined;
}

/** A content member, placed: its names, and whether it survives to the output. */
export interface Member {
  header: TarHeader;
  ordinal: number;
  path: string;
  /** A hard link's target, resolved; '' for other members. */
  linkTarget: string;
  isDir: boolean;
  /** Hidden by a newer layer, or by a later copy in its own layer. */
  hidden: boolean;
  /** A member of a kept layer that stands in the final tree (kept layers are never written). */
  keptFinal: boolean;
  ownHidden: boolean;
  /** Links from newer layers that wait for this version of the path: they get its content. */
  names: string[];
  /** A kept link's name that keeps this version in the final tree, if one does. */
  keptName: string | undefined;
}

export function createLayerPass(state: MergeState, layer: number): LayerPass {
  const input = state.layers[layer] as LayerInput;
  const hints = state.options.duplicates?.get(input.id);
  return {
    state,
    layer,
    input,
    kept: layer < state.keptCount,
    seen: createMemberIndex(state.paths),
    table: createMemberTable(),
    own: hints === undefined ? undefined : createOwnLayerView(hints),
    rewrites: state.rewrites?.get(layer),
    symlinks: new Set(),
    dirs: new Set(),
    implicitDirs: new Set(),
    dirMembers: new Set(),
    stagedWhiteouts: [],
    stagedOpaques: [],
    secondRead: [],
    stop: undefined,
  };
}

/** Refuses a member, naming the layer and the path. */
export function refuse(input: LayerInput, path: string, what: string): never {
  throw new MemberError(`layer ${input.id}: ${displayName(path)}: ${what}`);
}

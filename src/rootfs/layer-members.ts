/**
 * What the merge remembers about each member of the layer it is reading, so that a later hard
 * link or a second copy of the same path (docs/design.md rule 7) can find it: most members are a packed
 * record in the layer's member table (member-table.ts), the rarer states an object. Pure.
 */
import { sameAttributes, type Attributes } from './attributes.ts';
import { MemberState, type MemberTable } from './member-table.ts';
import type { LinkGroup } from './pending-links.ts';
import type { OutputHeader } from './tar-writer.ts';

/** Where the inode of a non-directory member of the current layer ended up. */
export type InodeRef =
  | { state: 'written'; name: string; attributes: Attributes }
  /** Hidden, bytes not written; names that need them are written by the second read. */
  | { state: 'skipped'; ordinal: number; path: string; attributes: Attributes; names: string[] }
  /** A link whose target lies in an older layer; `group` exists once a surviving name needs it. */
  | { state: 'pending'; target: string; horizon: number; link: string; ordinal: number; group: LinkGroup | undefined };

export type SkippedInode = Extract<InodeRef, { state: 'skipped' }>;

/** A directory member of the current layer; `written` is its output header when it went out. */
export type DirectoryRef = { state: 'dir'; written: OutputHeader | undefined };
export const HIDDEN_DIRECTORY: DirectoryRef = { state: 'dir', written: undefined };

/** A member of the layer being read, as the merge remembers it: a packed record's handle, or an object. */
export type Seen = number | InodeRef | DirectoryRef;

/** The object form of a member the layer's map holds, unpacking a packed record. */
export function unpack(seen: Seen, path: string, table: MemberTable): InodeRef | DirectoryRef {
  if (typeof seen !== 'number') return seen;
  const { state, ordinal, attributes } = table.get(seen);
  if (state === MemberState.WrittenDir) return { state: 'dir', written: { ...attributes, path, linkname: '' } };
  if (state === MemberState.WrittenFile || state === MemberState.KeptFile) return { state: 'written', name: path, attributes };
  return { state: 'skipped', ordinal, path, attributes, names: [] };
}

/**
 * A second copy of a path in a layer merged without hints: 'drop' it (a directory identical to the
 * one written), 'merge' it as usual (both copies hidden by newer layers, the first one left no
 * trace in the output, and extraction would not delete anything else), or 'stop' the merge.
 */
export function judgeRepeat(
  previous: InodeRef | DirectoryRef,
  directory: OutputHeader | undefined,
  path: string,
  hiddenByNewer: boolean,
): 'drop' | 'merge' | 'stop' {
  if (previous.state === 'dir' && directory !== undefined) {
    if (previous.written === undefined) return 'merge';
    return sameAttributes(previous.written, directory) ? 'drop' : 'stop';
  }
  // A skipped copy that links took as their target holds the wrong version: start over with hints.
  if (previous.state === 'skipped' && previous.names.length === 0 && previous.path === path && directory === undefined && hiddenByNewer)
    return 'merge';
  return 'stop';
}

/**
 * What newer layers did to each path, as small-integer flags in one Map: memory grows with the
 * number of distinct paths (one key string and one tagged integer each, no object per path).
 */
import { forEachAncestor } from './paths.ts';

/** A newer layer wrote this path as a directory. */
export const EMITTED_DIR = 1;
/** A newer layer wrote this path as a non-directory: hides the path and its subtree. */
export const EMITTED_OTHER = 2;
/** A newer layer's `.wh.NAME` deleted this path and its subtree. */
export const WHITED_OUT = 4;
/** A newer layer's `.wh..wh..opq` hid every older child of this directory. */
export const OPAQUE = 8;
/** Something below this path was written (kept-layer markers need it). */
export const HAS_EMITTED_CHILD = 16;
/**
 * A layer put a non-directory here that was itself hidden by a newer layer: it still deleted
 * every older entry below it, so it hides older children like an opaque marker does.
 */
export const REPLACED = 32;
/**
 * A member of a newer layer (or of the layer being read) has this path among its parent
 * directories: a symlink found here in an older layer would have redirected it (symlink-parents.ts).
 */
export const PARENT_USED = 64;

export interface PathIndex {
  flags(path: string): number;
  add(path: string, flags: number): void;
  /**
   * True when newer layers hide an entry at path (docs/design.md rule 2): any newer write of the same
   * path (a newer directory's metadata wins over an older directory), a whiteout of the path, or
   * an ancestor written as a non-directory, whited out or made opaque.
   */
  isHidden(path: string): boolean;
  /** Record that path was written, and mark its ancestors as having written children. */
  markEmitted(path: string, isDir: boolean, trackChildren: boolean): void;
  /** Mark every parent directory of path PARENT_USED (root excluded). */
  markParentsUsed(path: string): void;
  readonly size: number;
}

const HIDES_SUBTREE = EMITTED_OTHER | WHITED_OUT | OPAQUE | REPLACED;

export function createPathIndex(): PathIndex {
  const map = new Map<string, number>();
  const flags = (path: string): number => map.get(path) ?? 0;
  return {
    flags,
    add(path, bits) {
      map.set(path, flags(path) | bits);
    },
    isHidden(path) {
      if (map.size === 0) return false;
      if ((flags(path) & (EMITTED_OTHER | WHITED_OUT | EMITTED_DIR)) !== 0) return true;
      return forEachAncestor(path, (ancestor) => (flags(ancestor) & HIDES_SUBTREE) !== 0);
    },
    markEmitted(path, isDir, trackChildren) {
      map.set(path, flags(path) | (isDir ? EMITTED_DIR : EMITTED_OTHER));
      if (!trackChildren) return;
      for (let parent = parentOrUndefined(path); parent !== undefined; parent = parentOrUndefined(parent)) {
        const bits = flags(parent);
        if ((bits & HAS_EMITTED_CHILD) !== 0) break;
        map.set(parent, bits | HAS_EMITTED_CHILD);
      }
    },
    markParentsUsed(path) {
      // Marks stop at the first marked parent: its own parents were marked with it.
      for (let parent = parentOrUndefined(path); parent !== undefined && parent !== ''; parent = parentOrUndefined(parent)) {
        const bits = flags(parent);
        if ((bits & PARENT_USED) !== 0) break;
        map.set(parent, bits | PARENT_USED);
      }
    },
    get size() {
      return map.size;
    },
  };
}

function parentOrUndefined(path: string): string | undefined {
  if (path === '') return undefined;
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/**
 * What newer layers did to each path, as small-integer flags: one byte per node of a path tree
 * (path-tree.ts), so memory grows with the number of distinct paths by a few tens of bytes each,
 * with no string kept per path.
 */
import { createPathTree, type PathTree } from './path-tree.ts';

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

/**
 * An index over a path tree (path-tree.ts): one byte of flags per node. Indexes sharing a tree
 * share its names; a path's ancestors are a walk up parent ids.
 */
export function createPathIndex(tree: PathTree = createPathTree()): PathIndex {
  let bits = new Uint8Array(1024);
  let size = 0;
  const at = (id: number): number => (id < bits.length ? (bits[id] as number) : 0);
  const set = (id: number, value: number): void => {
    if (id >= bits.length) {
      const grown = new Uint8Array(Math.max(bits.length * 2, id + 1));
      grown.set(bits);
      bits = grown;
    }
    // A path counts once it has flags, as a key of the Map this replaced did.
    if (bits[id] === 0 && value !== 0) size++;
    bits[id] = value;
  };
  const flags = (path: string): number => {
    const id = tree.find(path);
    return id === -1 ? 0 : at(id);
  };
  /** True when one of id's proper ancestors (the root included) has a flag of mask. */
  const ancestorHas = (id: number, mask: number): boolean => {
    for (let parent = tree.parent(id); parent !== -1; parent = tree.parent(parent)) if ((at(parent) & mask) !== 0) return true;
    return false;
  };
  return {
    flags,
    add(path, more) {
      const id = tree.intern(path);
      set(id, at(id) | more);
    },
    isHidden(path) {
      if (size === 0) return false;
      const id = tree.intern(path);
      if ((at(id) & (EMITTED_OTHER | WHITED_OUT | EMITTED_DIR)) !== 0) return true;
      return ancestorHas(id, HIDES_SUBTREE);
    },
    markEmitted(path, isDir, trackChildren) {
      const id = tree.intern(path);
      set(id, at(id) | (isDir ? EMITTED_DIR : EMITTED_OTHER));
      if (!trackChildren) return;
      for (let parent = tree.parent(id); parent !== -1; parent = tree.parent(parent)) {
        const value = at(parent);
        if ((value & HAS_EMITTED_CHILD) !== 0) break;
        set(parent, value | HAS_EMITTED_CHILD);
      }
    },
    markParentsUsed(path) {
      // Marks stop at the first marked parent: its own parents were marked with it. The root is
      // nobody's symlink, so it is never marked.
      const id = tree.intern(path);
      for (let parent = id === 0 ? -1 : tree.parent(id); parent > 0; parent = tree.parent(parent)) {
        const value = at(parent);
        if ((value & PARENT_USED) !== 0) break;
        set(parent, value | PARENT_USED);
      }
    },
    get size() {
      return size;
    },
  };
}

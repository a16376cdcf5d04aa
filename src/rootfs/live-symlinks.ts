/**
 * The symlinks that stand in the tree while layers are applied oldest first, keyed by their
 * resolved path, with the layer that made each: all that path resolution needs to know about the
 * tree (resolve-path.ts; a directory, a file or nothing at a path are all "not a link" to it).
 * Removing a subtree stays cheap for the common case (no link below it) by counting, for each
 * directory, the links below it. Pure.
 */
import { forEachAncestor, isUnder } from './paths.ts';

export interface LiveSymlinks {
  /** The target of the link at path, if one stands there. */
  lookup(path: string): string | undefined;
  add(path: string, target: string, layer: number): void;
  /** Removes the links at path and below it that layers older than `olderThan` made. */
  removeTree(path: string, olderThan: number): void;
  /** Removes the links strictly below dir that layers older than `olderThan` made. */
  removeBelow(dir: string, olderThan: number): void;
  readonly size: number;
}

export function createLiveSymlinks(): LiveSymlinks {
  const links = new Map<string, { target: string; layer: number }>();
  const below = new Map<string, number>();
  const adjust = (path: string, delta: number): void => {
    forEachAncestor(path, (ancestor) => {
      const count = (below.get(ancestor) ?? 0) + delta;
      if (count === 0) below.delete(ancestor);
      else below.set(ancestor, count);
    });
  };
  const remove = (path: string, olderThan: number): void => {
    const link = links.get(path);
    if (link === undefined || link.layer >= olderThan) return;
    links.delete(path);
    adjust(path, -1);
  };
  const removeBelow = (dir: string, olderThan: number): void => {
    if (!below.has(dir)) return;
    for (const path of [...links.keys()]) if (isUnder(path, dir)) remove(path, olderThan);
  };
  return {
    lookup: (path) => links.get(path)?.target,
    add(path, target, layer) {
      if (!links.has(path)) adjust(path, 1);
      links.set(path, { target, layer });
    },
    removeTree(path, olderThan) {
      remove(path, olderThan);
      removeBelow(path, olderThan);
    },
    removeBelow,
    get size() {
      return links.size;
    },
  };
}

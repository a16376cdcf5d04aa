/**
 * Hard links whose target version lies in an older layer than the link (docs/design.md rule 4).
 * A group collects the surviving link names that refer to one version of one target: the
 * newest version of `target` in layers below `horizon`. Groups are resolved when that version is
 * reached, or killed when an older layer removes the target before any version is found.
 */
import { forEachAncestor, isUnder } from './paths.ts';

export interface LinkGroup {
  target: string;
  /** The group waits for the newest version of target in layers strictly below this one. */
  horizon: number;
  /** Surviving link names, in the order they were found; the first gets the content if needed. */
  names: string[];
  /** The first link that created the group, for error messages. */
  layerId: string;
  link: string;
  /** Position of that link in its layer (`horizon`): a marker after it there does not kill it. */
  ordinal: number;
  /** A name a kept layer keeps for this version in the final tree: the names link to it, no copy. */
  keptName?: string;
}

export interface PendingLinks {
  readonly size: number;
  add(group: LinkGroup): void;
  /** Groups that an entry at target in layer `layer` satisfies (horizon > layer), removed. */
  takeResolved(target: string, layer: number): LinkGroup[];
  /**
   * Groups whose target no longer exists below `minHorizon`: target under path (or equal to it
   * when includeSelf), with horizon >= minHorizon. Removed.
   */
  takeKilled(path: string, includeSelf: boolean, minHorizon: number, markerOrdinal?: number): LinkGroup[];
  /** Whatever is left at the end: links whose target never appeared. */
  remaining(): LinkGroup[];
}

export function createPendingLinks(): PendingLinks {
  const byTarget = new Map<string, LinkGroup[]>();
  // How many pending targets lie below each directory, so removals of unrelated paths stay cheap.
  const below = new Map<string, number>();
  let count = 0;

  const adjustAncestors = (target: string, delta: number): void => {
    forEachAncestor(target, (ancestor) => {
      const next = (below.get(ancestor) ?? 0) + delta;
      if (next === 0) below.delete(ancestor);
      else below.set(ancestor, next);
    });
  };

  const remove = (target: string, keep: (group: LinkGroup) => boolean): LinkGroup[] => {
    const groups = byTarget.get(target);
    if (groups === undefined) return [];
    const taken: LinkGroup[] = [];
    const left: LinkGroup[] = [];
    for (const group of groups) (keep(group) ? left : taken).push(group);
    if (left.length === 0) byTarget.delete(target);
    else byTarget.set(target, left);
    for (const _ of taken) adjustAncestors(target, -1);
    count -= taken.length;
    return taken;
  };

  return {
    get size() {
      return count;
    },
    add(group) {
      const groups = byTarget.get(group.target);
      if (groups === undefined) byTarget.set(group.target, [group]);
      else groups.push(group);
      adjustAncestors(group.target, 1);
      count++;
    },
    takeResolved(target, layer) {
      if (count === 0) return [];
      return remove(target, (group) => group.horizon <= layer);
    },
    takeKilled(path, includeSelf, minHorizon, markerOrdinal) {
      if (count === 0) return [];
      // A marker of layer `minHorizon` acts where it stands: links made before it in that layer
      // hold their inode already.
      const keep = (group: LinkGroup): boolean =>
        group.horizon < minHorizon || (markerOrdinal !== undefined && group.horizon === minHorizon && group.ordinal < markerOrdinal);
      const killed = includeSelf ? remove(path, keep) : [];
      if (below.has(path)) {
        for (const target of [...byTarget.keys()]) if (isUnder(target, path)) killed.push(...remove(target, keep));
      }
      return killed;
    },
    remaining() {
      return [...byTarget.values()].flat();
    },
  };
}

/**
 * The members of the layer being read, by path: what a later hard link or a second copy of a path
 * (docs/design.md rule 7) looks up. Keyed by the ids of the run's path tree (path-tree.ts), so no
 * path string is kept: a packed record's handle (member-table.ts) is a number in a typed array by
 * id, and the rarer states, objects, sit in a small side list. A Map keyed by path held the
 * member's name string and a ~40-byte entry for every member until the layer ended. Pure.
 */
import type { PathTree } from './path-tree.ts';

export interface MemberIndex<T extends object> {
  get(path: string): number | T | undefined;
  set(path: string, value: number | T): void;
  has(path: string): boolean;
  /** Paths with a member. */
  readonly size: number;
}

/** Handles above this do not fit a slot: a layer's packed records would pass 2 GiB first. */
const MAX_HANDLE = 2 ** 31 - 2;

/**
 * Slot values: 0 is no member, a positive value a packed handle plus one, a negative one the
 * object at index -value - 1 of `objects`. Handles are non-negative integers (member-table.ts).
 */
export function createMemberIndex<T extends object>(tree: PathTree): MemberIndex<T> {
  let slots = new Int32Array(Math.max(1024, tree.size));
  const objects: T[] = [];
  let size = 0;
  const slotOf = (id: number): number => (id === -1 || id >= slots.length ? 0 : (slots[id] as number));
  const decode = (slot: number): number | T | undefined => (slot === 0 ? undefined : slot > 0 ? slot - 1 : objects[-slot - 1]);
  return {
    get: (path) => decode(slotOf(tree.find(path))),
    has: (path) => slotOf(tree.find(path)) !== 0,
    set(path, value) {
      const id = tree.intern(path);
      if (id >= slots.length) {
        const grown = new Int32Array(Math.max(slots.length * 2, id + 1));
        grown.set(slots);
        slots = grown;
      }
      if (slots[id] === 0) size++;
      if (typeof value === 'number') {
        if (!Number.isInteger(value) || value < 0 || value > MAX_HANDLE) throw new RangeError(`member handle ${value} out of range`);
        slots[id] = value + 1;
      } else {
        // An object replacing an object reuses its place in the list: a path is set a few times at most.
        const previous = slots[id] as number;
        if (previous < 0) objects[-previous - 1] = value;
        else slots[id] = -objects.push(value);
      }
    },
    get size() {
      return size;
    },
  };
}

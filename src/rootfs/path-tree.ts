/**
 * Every path the merge has met, interned as a tree of small integer ids: a node is its parent's id
 * and a reference to its own last name, kept as bytes in a name arena (name-arena.ts), and nodes
 * are found again through an open-addressing hash table of ids. A Map keyed by whole path strings
 * cost ~90 bytes a path (a string of the full name plus the Map's entry), and a directory's name
 * was repeated in every path below it; here a path costs its last name and ~16 bytes of typed
 * arrays. Node arrays grow by fixed pages, never copied. An ancestor walk is a walk up parent ids,
 * with no string sliced. Ids are never reused or removed. Pure.
 */
import { createNameArena } from './name-arena.ts';

export interface PathTree {
  /** The id of a path ('' is the root, id 0), adding it and its missing ancestors. */
  intern(path: string): number;
  /** The id of a path, or -1 when it was never interned. */
  find(path: string): number;
  /** The parent's id; -1 for the root. */
  parent(id: number): number;
  /** The path behind an id. */
  pathOf(id: number): string;
  /** Nodes, the root included: every id is below this. */
  readonly size: number;
}

export interface PathTreeOptions {
  /** Nodes the hash table has room for at first (it doubles as needed). */
  initialCapacity?: number;
  /** Mixes a name's hash; tests pass one that collides on purpose. */
  mixHash?: (hash: number) => number;
}

const PAGE_BITS = 14;
/** Nodes a page of the node arrays holds. */
const PAGE_NODES = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_NODES - 1;
const FNV_PRIME = 0x01000193;

const fnvStep = (hash: number, code: number): number => Math.imul(hash ^ code, FNV_PRIME);

export function createPathTree(options: PathTreeOptions = {}): PathTree {
  const mix = options.mixHash ?? ((hash: number) => hash ^ (hash >>> 15));
  const names = createNameArena();
  /** Per node, in pages of PAGE_NODES: its parent's id, and its name's reference in the arena. */
  const parentPages: Int32Array[] = [];
  const namePages: Uint32Array[] = [];
  /**
   * Slots hold id + 1 (0 is empty); kept at most half full, so probes stay short. Hashes are not
   * stored: growing the table hashes each name again from the arena (rare: the table doubles).
   */
  let table = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(16, options.initialCapacity ?? 1024) * 2)));
  let mask = table.length - 1;
  let size = 0;

  // Members of a layer come directory by directory, and one member's path is looked up several
  // times in a row: the last directory and the last path resolved skip the walk from the root.
  let lastDir = '';
  let lastDirId = -1;
  let lastPath = '';
  let lastPathId = 0;

  const parentOf = (id: number): number => (parentPages[id >>> PAGE_BITS] as Int32Array)[id & PAGE_MASK] as number;
  const nameOf = (id: number): number => (namePages[id >>> PAGE_BITS] as Uint32Array)[id & PAGE_MASK] as number;

  // FNV-1a over the name's chars, seeded with the parent's id.
  const seed = (parent: number): number => Math.imul(0x811c9dc5 ^ parent, FNV_PRIME);
  const hashName = (parent: number, path: string, start: number, end: number): number => {
    let hash = seed(parent);
    for (let i = start; i < end; i++) hash = fnvStep(hash, path.charCodeAt(i));
    return mix(hash) | 0;
  };
  const hashNode = (id: number): number => {
    const parent = parentOf(id);
    return mix(names.fold(nameOf(id), seed(parent), fnvStep)) | 0;
  };

  const addNode = (parent: number, name: number): number => {
    const id = size++;
    if ((id & PAGE_MASK) === 0) {
      parentPages.push(new Int32Array(PAGE_NODES));
      namePages.push(new Uint32Array(PAGE_NODES));
    }
    (parentPages[id >>> PAGE_BITS] as Int32Array)[id & PAGE_MASK] = parent;
    (namePages[id >>> PAGE_BITS] as Uint32Array)[id & PAGE_MASK] = name;
    return id;
  };

  /** Doubles the table and puts every node but the root back. */
  const growTable = (): void => {
    table = new Int32Array(table.length * 2);
    mask = table.length - 1;
    for (let id = 1; id < size; id++) {
      let slot = hashNode(id) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
  };

  const child = (parent: number, path: string, start: number, end: number, add: boolean): number => {
    const hash = hashName(parent, path, start, end);
    let slot = hash & mask;
    for (;;) {
      const entry = table[slot] as number;
      if (entry === 0) break;
      const id = entry - 1;
      if (parentOf(id) === parent && names.equals(nameOf(id), path, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    if (!add) return -1;
    const id = addNode(parent, names.add(path, start, end));
    if (size * 2 > table.length) growTable();
    else table[slot] = id + 1;
    return id;
  };

  /** Walks path's names from the root; -1 when one is missing and add is false. */
  const walk = (path: string, add: boolean): number => {
    let id = 0;
    let begin = 0;
    for (let slash = path.indexOf('/', begin); id !== -1; slash = path.indexOf('/', begin)) {
      const end = slash === -1 ? path.length : slash;
      id = child(id, path, begin, end, add);
      if (slash === -1) break;
      begin = slash + 1;
    }
    return id;
  };

  const resolve = (path: string, add: boolean): number => {
    if (path === lastPath) return lastPathId;
    if (path === '') return 0;
    const slash = path.lastIndexOf('/');
    let id: number;
    if (slash === -1) id = child(0, path, 0, path.length, add);
    else {
      let dir: number;
      if (lastDirId !== -1 && slash === lastDir.length && path.startsWith(lastDir)) dir = lastDirId;
      else {
        dir = walk(path.slice(0, slash), add);
        if (dir === -1) return -1;
        lastDir = path.slice(0, slash);
        lastDirId = dir;
      }
      id = child(dir, path, slash + 1, path.length, add);
    }
    if (id !== -1) {
      lastPath = path;
      lastPathId = id;
    }
    return id;
  };

  const check = (id: number): void => {
    if (!Number.isInteger(id) || id < 0 || id >= size) throw new RangeError(`no path ${id} in this tree`);
  };

  addNode(-1, names.add('', 0, 0));
  return {
    intern: (path) => resolve(path, true),
    find: (path) => resolve(path, false),
    parent(id) {
      check(id);
      return parentOf(id);
    },
    pathOf(id) {
      check(id);
      const parts: string[] = [];
      for (let at = id; at > 0; at = parentOf(at)) parts.push(names.text(nameOf(at)));
      return parts.reverse().join('/');
    },
    get size() {
      return size;
    },
  };
}

/**
 * Every path the merge has met, interned as a tree of small integer ids: a node is its parent's id
 * and its own last name, and the names live as bytes in one growing arena, found again through an
 * open-addressing hash table of ids. A Map keyed by whole path strings cost ~90 bytes a path (a
 * string of the full name plus the Map's entry), and a directory's name was repeated in every
 * path below it; here a path costs its last name and ~20 bytes of typed arrays. An ancestor walk
 * is a walk up parent ids, with no string sliced. Ids are never reused or removed. Pure.
 */

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

/** Set in a stored name's length when its chars are stored as two bytes each (a char above 0xff). */
const WIDE = 1;

export interface PathTreeOptions {
  /** Nodes room is made for at first (it doubles as needed). */
  initialCapacity?: number;
  /** Mixes a name's hash; tests pass one that collides on purpose. */
  mixHash?: (hash: number) => number;
}

export function createPathTree(options: PathTreeOptions = {}): PathTree {
  const mix = options.mixHash ?? ((hash: number) => hash ^ (hash >>> 15));
  let capacity = Math.max(16, options.initialCapacity ?? 1024);
  let parents = new Int32Array(capacity);
  let hashes = new Int32Array(capacity);
  let nameStarts = new Uint32Array(capacity);
  /** Byte length << 1, with WIDE in the low bit. */
  let nameLengths = new Uint32Array(capacity);
  let arena = new Uint8Array(capacity * 16);
  let arenaUsed = 0;
  /** Slots hold id + 1 (0 is empty); kept at most half full, so probes stay short. */
  let table = new Int32Array(capacity * 2);
  let mask = table.length - 1;
  let size = 1;
  parents[0] = -1;

  // Members of a layer come directory by directory, and one member's path is looked up several
  // times in a row: the last directory and the last path resolved skip the walk from the root.
  let lastDir = '';
  let lastDirId = -1;
  let lastPath = '';
  let lastPathId = 0;

  const hashName = (parent: number, path: string, start: number, end: number): number => {
    // FNV-1a over the name's chars, seeded with the parent's id.
    let hash = Math.imul(0x811c9dc5 ^ parent, 0x01000193);
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
    return mix(hash) | 0;
  };

  const nameEquals = (id: number, path: string, start: number, end: number): boolean => {
    const stored = nameLengths[id] as number;
    const offset = nameStarts[id] as number;
    const length = end - start;
    if ((stored & WIDE) === 0) {
      if (stored >>> 1 !== length) return false;
      for (let i = 0; i < length; i++) if (arena[offset + i] !== path.charCodeAt(start + i)) return false;
      return true;
    }
    if (stored >>> 1 !== length * 2) return false;
    for (let i = 0; i < length; i++) {
      const at = offset + 2 * i;
      if (((arena[at] as number) | ((arena[at + 1] as number) << 8)) !== path.charCodeAt(start + i)) return false;
    }
    return true;
  };

  const child = (parent: number, path: string, start: number, end: number, add: boolean): number => {
    const hash = hashName(parent, path, start, end);
    let slot = hash & mask;
    for (;;) {
      const entry = table[slot] as number;
      if (entry === 0) break;
      const id = entry - 1;
      if (hashes[id] === hash && parents[id] === parent && nameEquals(id, path, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    if (!add) return -1;
    const id = addNode(parent, hash, path, start, end);
    if (size * 2 > table.length) growTable();
    else table[slot] = id + 1;
    return id;
  };

  const addNode = (parent: number, hash: number, path: string, start: number, end: number): number => {
    if (size === capacity) growNodes();
    let wide = false;
    for (let i = start; i < end && !wide; i++) wide = path.charCodeAt(i) > 0xff;
    const bytes = (end - start) * (wide ? 2 : 1);
    if (arenaUsed + bytes > arena.length) {
      const grown = new Uint8Array(Math.max(arena.length * 2, arenaUsed + bytes));
      grown.set(arena.subarray(0, arenaUsed));
      arena = grown;
    }
    for (let i = start, at = arenaUsed; i < end; i++) {
      const code = path.charCodeAt(i);
      arena[at++] = code & 0xff;
      if (wide) arena[at++] = code >>> 8;
    }
    const id = size++;
    parents[id] = parent;
    hashes[id] = hash;
    nameStarts[id] = arenaUsed;
    nameLengths[id] = (bytes << 1) | (wide ? WIDE : 0);
    arenaUsed += bytes;
    return id;
  };

  const growNodes = (): void => {
    capacity *= 2;
    const grow = <T extends Int32Array | Uint32Array>(from: T, make: (length: number) => T): T => {
      const grown = make(capacity);
      grown.set(from);
      return grown;
    };
    parents = grow(parents, (length) => new Int32Array(length));
    hashes = grow(hashes, (length) => new Int32Array(length));
    nameStarts = grow(nameStarts, (length) => new Uint32Array(length));
    nameLengths = grow(nameLengths, (length) => new Uint32Array(length));
  };

  /** Doubles the table and puts every node but the root back (the new node included). */
  const growTable = (): void => {
    table = new Int32Array(table.length * 2);
    mask = table.length - 1;
    for (let id = 1; id < size; id++) {
      let slot = (hashes[id] as number) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
  };

  /** Walks path's names from `from` (the id of its first `start` chars); -1 when one is missing and add is false. */
  const walk = (from: number, path: string, start: number, add: boolean): number => {
    let id = from;
    let begin = start;
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
        dir = walk(0, path.slice(0, slash), 0, add);
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

  return {
    intern: (path) => resolve(path, true),
    find: (path) => resolve(path, false),
    parent(id) {
      if (id < 0 || id >= size) throw new RangeError(`no path ${id} in this tree`);
      return parents[id] as number;
    },
    pathOf(id) {
      if (id < 0 || id >= size) throw new RangeError(`no path ${id} in this tree`);
      const names: string[] = [];
      for (let at = id; at > 0; at = parents[at] as number) {
        const stored = nameLengths[at] as number;
        const start = nameStarts[at] as number;
        const bytes = Buffer.from(arena.buffer, arena.byteOffset + start, stored >>> 1);
        names.push((stored & WIDE) === 0 ? bytes.toString('latin1') : bytes.toString('utf16le'));
      }
      return names.reverse().join('/');
    },
    get size() {
      return size;
    },
  };
}

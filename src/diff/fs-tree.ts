/**
 * The in-memory filesystem an image's layers make when applied (apply-layer.ts): one small record
 * per path, file bodies kept only as their size and sha256. Names are byte strings
 * (rootfs/display-name.ts), compared and stored as they are.
 */

/** Attributes every entry has. `mtime` is seconds as text, with the PAX record's precision. */
interface Common {
  mode: number;
  uid: number;
  gid: number;
  mtime: string;
  /** xattr name -> value (base64), from SCHILY.xattr.* PAX records. */
  xattrs: Map<string, string>;
}

/** Anything but a directory. Hard links are names that hold the same Inode object. */
export interface Inode extends Common {
  type: 'file' | 'symlink' | 'char' | 'block' | 'fifo';
  /** Regular files: content size and sha256 hex; 0 and '' otherwise. */
  size: number;
  sha256: string;
  /** Symlinks: the target exactly as stored. */
  linkTarget: string;
  devmajor: number;
  devminor: number;
}

export interface Directory extends Common {
  type: 'dir';
  children: Map<string, Node>;
}

export type Node = Inode | Directory;

export interface FsTree {
  /** The root directory (its own attributes are not part of any comparison). */
  root: Directory;
}

export function newDirectory(attributes?: Partial<Common>): Directory {
  return { type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: '', xattrs: new Map(), ...attributes, children: new Map() };
}

export const emptyTree = (): FsTree => ({ root: newDirectory() });

/** The node at a normalised path ('' is the root), following no symlinks. */
export function lookup(tree: FsTree, path: string): Node | undefined {
  if (path === '') return tree.root;
  let node: Node = tree.root;
  for (const part of path.split('/')) {
    if (node.type !== 'dir') return undefined;
    const child: Node | undefined = node.children.get(part);
    if (child === undefined) return undefined;
    node = child;
  }
  return node;
}

/** `a/b/c` -> [`a/b`, `c`]; `c` -> [``, `c`]. */
export function splitPath(path: string): [parent: string, base: string] {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? ['', path] : [path.slice(0, slash), path.slice(slash + 1)];
}

export const joinPath = (parent: string, base: string): string => (parent === '' ? base : `${parent}/${base}`);

/**
 * Visits every entry below the root, children in byte order of their names, a directory before
 * its children: a total order both sides of a comparison share.
 */
export function* walk(tree: FsTree): Generator<[path: string, node: Node]> {
  function* below(directory: Directory, prefix: string): Generator<[string, Node]> {
    for (const name of [...directory.children.keys()].sort(byBytes)) {
      const node = directory.children.get(name) as Node;
      const path = prefix === '' ? name : `${prefix}/${name}`;
      yield [path, node];
      if (node.type === 'dir') yield* below(node, path);
    }
  }
  yield* below(tree.root, '');
}

/** Byte order of byte strings (one char a byte, so code unit order is byte order). */
export const byBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What a comparison sees of each path of an FsTree: its attributes as text, and for a name that
 * shares its inode with others, the whole set of names (the hard-link group).
 */
import { byBytes, walk, type FsTree, type Inode } from './fs-tree.ts';

export interface EntryRecord {
  type: 'file' | 'dir' | 'symlink' | 'char' | 'block' | 'fifo';
  mode: number;
  uid: number;
  gid: number;
  /** Regular files: size and sha256 hex. */
  size: number;
  sha256: string;
  linkTarget: string;
  /** Devices: `major:minor`. */
  device: string;
  /** xattr name -> base64 value. */
  xattrs: ReadonlyMap<string, string>;
  /** Every name of the inode, sorted, when there is more than one; empty otherwise. */
  hardLinks: readonly string[];
  mtime: string;
}

/** Every path below the root with its record, in walk order (fs-tree.ts). */
export function* entryRecords(tree: FsTree): Generator<[path: string, record: EntryRecord]> {
  const names = new Map<Inode, string[]>();
  for (const [path, node] of walk(tree)) {
    if (node.type === 'dir') continue;
    const list = names.get(node);
    if (list === undefined) names.set(node, [path]);
    else list.push(path);
  }
  for (const [path, node] of walk(tree)) {
    const group = node.type === 'dir' ? undefined : names.get(node);
    yield [
      path,
      {
        type: node.type,
        mode: node.mode,
        uid: node.uid,
        gid: node.gid,
        size: node.type === 'dir' ? 0 : node.size,
        sha256: node.type === 'dir' ? '' : node.sha256,
        linkTarget: node.type === 'symlink' ? node.linkTarget : '',
        device: node.type === 'char' || node.type === 'block' ? `${node.devmajor}:${node.devminor}` : '',
        xattrs: node.xattrs,
        hardLinks: group !== undefined && group.length > 1 ? [...group].sort(byBytes) : [],
        mtime: node.mtime,
      },
    ];
  }
}

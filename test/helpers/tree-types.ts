/**
 * A filesystem tree as the comparisons in the tests see it, whoever produced it (umoci unpack
 * walked on disk, our own reference extractor applying tars in memory). Paths are normalised:
 * no leading `./` or `/`, no trailing slash; the root itself is not an entry.
 */
export type EntryType = 'file' | 'dir' | 'symlink' | 'char' | 'block' | 'fifo';

export interface TreeEntry {
  type: EntryType;
  /** Permission bits plus setuid/setgid/sticky (mode & 0o7777). */
  mode: number;
  uid: number;
  gid: number;
  /** Regular files: size and sha256 hex of the content. */
  size?: number;
  sha256?: string;
  /** Symlinks: the target exactly as stored. */
  linkTarget?: string;
  devmajor?: number;
  devminor?: number;
  /** xattr name -> base64 value. */
  xattrs: Record<string, string>;
  /** Regular files with more than one name: the lexically smallest path of the group. */
  hardlinkGroup?: string;
}

export type Tree = Map<string, TreeEntry>;

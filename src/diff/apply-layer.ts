/**
 * Applies one layer onto an FsTree the way containerd's applier extracts it onto a directory
 * (docs/diff.md), independently of the merge (src/rootfs/merge.ts): that is what makes
 * `flatten diff` and `--verify` a check of the merge rather than a restatement of it.
 *
 * Members are applied in tar order:
 * - the name is cleaned (`..` never above the root) and its parent resolved in the tree as it
 *   stands (rootfs/resolve-path.ts); missing parents are created as directories 0755 root:root,
 *   and a parent that is not a directory is an error, as extraction fails there;
 * - `.wh.NAME` removes NAME and its subtree; `DIR/.wh..wh..opq` removes everything below DIR that
 *   this layer did not itself unpack;
 * - a member replaces what stands at its name, except a directory over a directory, which only
 *   takes the new attributes (xattrs are added, as setxattr does);
 * - a hard link's target has its parent resolved too, must exist and not be a directory; the
 *   link shares the target's inode, and its header's owner, mode, xattrs and mtime are applied to
 *   that inode (lchown, setxattr, chmod, chtimes on the new name);
 * - symlinks always have mode 0777 (Linux ignores chmod on them).
 */
import { createHash } from 'node:crypto';
import { contentError } from '../errors.ts';
import { displayName } from '../rootfs/display-name.ts';
import { resolveMemberPath, SymlinkLoopError } from '../rootfs/resolve-path.ts';
import type { TarHeader, TarReader } from '../rootfs/tar-reader.ts';
import { joinPath, lookup, newDirectory, splitPath, type Directory, type FsTree, type Inode, type Node } from './fs-tree.ts';

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
const XATTR = 'SCHILY.xattr.';

/** `where` names the layer in messages (image, index, digest). */
export async function applyLayer(tree: FsTree, reader: TarReader, where: string, signal?: AbortSignal): Promise<void> {
  /** Paths this layer unpacked: an opaque marker keeps them (containerd's unpackedPaths). */
  const unpacked = new Set<string>();
  const symlinkAt = (path: string): string | undefined => {
    const node = lookup(tree, path);
    return node?.type === 'symlink' ? node.linkTarget : undefined;
  };
  let count = 0;
  for (let header = await reader.next(); header !== undefined; header = await reader.next()) {
    if ((++count & 1023) === 0) signal?.throwIfAborted();
    const fail = (what: string): never => {
      throw contentError(`${where}: ${displayName(header.name)}: ${what}`);
    };
    const cleaned = cleanPath(header.name);
    if (cleaned === '') {
      await reader.skip(); // the root itself: extraction leaves it alone
      continue;
    }
    const path = resolve(cleaned, symlinkAt, fail);
    const [parentPath, base] = splitPath(path);
    const parent = ensureDirectory(tree, parentPath, fail);

    if (base.startsWith(WHITEOUT)) {
      await reader.skip();
      if (base === OPAQUE) removeAllBut(parent, parentPath, unpacked);
      else if (base === WHITEOUT || base === `${WHITEOUT}.` || base === `${WHITEOUT}..`) fail('a whiteout that names no file');
      else parent.children.delete(base.slice(WHITEOUT.length));
      continue;
    }

    const existing = parent.children.get(base);
    if (existing !== undefined && !(existing.type === 'dir' && header.kind === 'dir')) parent.children.delete(base);

    let node: Node;
    switch (header.kind) {
      case 'dir':
        node = existing?.type === 'dir' ? existing : newDirectory();
        break;
      case 'link': {
        const target = lookup(tree, resolve(cleanPath(header.linkname), symlinkAt, fail));
        if (target === undefined) fail(`hard link to ${displayName(header.linkname)}, which does not exist`);
        if (target?.type === 'dir') fail(`hard link to ${displayName(header.linkname)}, a directory`);
        node = target as Inode;
        break;
      }
      case 'file': {
        const hash = createHash('sha256');
        let size = 0;
        for await (const chunk of reader.body()) {
          hash.update(chunk);
          size += chunk.length;
        }
        node = inode('file', { size, sha256: hash.digest('hex') });
        break;
      }
      case 'symlink':
        node = inode('symlink', { linkTarget: header.linkname });
        break;
      case 'char':
      case 'block':
        node = inode(header.kind, { devmajor: header.devmajor, devminor: header.devminor });
        break;
      case 'fifo':
        node = inode('fifo', {});
        break;
    }
    parent.children.set(base, node);
    applyAttributes(node, header);
    unpacked.add(path);
  }
}

function inode(type: Inode['type'], fields: Partial<Inode>): Inode {
  return {
    type,
    mode: 0,
    uid: 0,
    gid: 0,
    mtime: '',
    xattrs: new Map(),
    size: 0,
    sha256: '',
    linkTarget: '',
    devmajor: 0,
    devminor: 0,
    ...fields,
  };
}

function applyAttributes(node: Node, header: TarHeader): void {
  node.uid = header.uid;
  node.gid = header.gid;
  node.mode = node.type === 'symlink' ? 0o777 : header.mode;
  let mtime = String(header.mtime);
  for (const [key, value] of header.pax ?? []) {
    if (key.startsWith(XATTR)) node.xattrs.set(key.slice(XATTR.length), value.toString('base64'));
    else if (key === 'mtime') mtime = canonicalSeconds(value.toString('latin1'));
  }
  node.mtime = mtime;
}

/** `1700000000.500000` and `1700000000.5` are the same time. */
function canonicalSeconds(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** filepath.Clean from the root: no empty or `.` parts, `..` never above the root. */
export function cleanPath(name: string): string {
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function resolve(path: string, symlinkAt: (path: string) => string | undefined, fail: (what: string) => never): string {
  try {
    return resolveMemberPath(path, symlinkAt);
  } catch (error) {
    if (error instanceof SymlinkLoopError) fail(error.message);
    throw error;
  }
}

/**
 * The directory at `path`, created with its missing ancestors (mkdirAll 0755) when nothing
 * stands there. A non-directory on the way is an error: extraction fails with ENOTDIR.
 */
function ensureDirectory(tree: FsTree, path: string, fail: (what: string) => never): Directory {
  let directory = tree.root;
  if (path === '') return directory;
  for (const part of path.split('/')) {
    let child = directory.children.get(part);
    if (child === undefined) {
      child = newDirectory();
      directory.children.set(part, child);
    }
    if (child.type !== 'dir') fail(`its parent directory ${displayName(path)} is a ${child.type}, not a directory`);
    directory = child as Directory;
  }
  return directory;
}

/** The opaque marker: everything below `directory` that this layer did not unpack goes. */
function removeAllBut(directory: Directory, path: string, unpacked: ReadonlySet<string>): void {
  for (const [name, child] of directory.children) {
    const childPath = joinPath(path, name);
    if (!unpacked.has(childPath)) directory.children.delete(name);
    else if (child.type === 'dir') removeAllBut(child, childPath, unpacked);
  }
}

/**
 * A naive, independent reference for layer application: parse each tar whole (in memory) and
 * apply it to an in-memory tree the way containerd's applier extracts it, the obvious slow way.
 * Written without src/rootfs so it can judge it. Names are byte strings (one char per byte, decoded
 * as latin1), like tree-walk.ts's paths, so names that are not UTF-8 compare byte for byte.
 *
 * Rules followed:
 * - Members apply in tar order, as containerd applies them: `.wh.NAME` deletes NAME and its subtree
 *   where it stands (even what its own layer wrote before it), and `DIR/.wh..wh..opq` deletes,
 *   below DIR, every path its layer has not unpacked so far (a directory the layer created only
 *   because members lay below it goes, with them).
 * - Entry over existing path: dir over dir updates attributes; anything else removes the old path
 *   (with its subtree) first. Missing parents are created as dirs 0755 root:root.
 * - Duplicate paths in one layer (rule 7): each entry is applied in turn, so the later one wins,
 *   a directory over a directory only changes attributes, and a link names the copy that exists
 *   when the link is applied.
 * - A hard link shares the inode of its target as the tree stands at that moment (it is an error
 *   if there is none); the link header's own attributes are ignored, as GNU tar does.
 * - A root entry (`.`, `./`, `/`) is not part of the tree.
 * - Parent directories are looked up as the kernel (and containerd's applier) would: a symlink
 *   among a member's parents (or a hard link target's) is followed inside the root, from the
 *   root when absolute, `..` stopping at the root, a missing component taken literally, at most
 *   255 links. A parent that is not a directory is an error, as extraction fails there (ENOTDIR).
 */
import { createHash } from 'node:crypto';
import type { EntryType, Tree, TreeEntry } from './tree-types.ts';

export interface ParsedMember {
  name: string;
  typeflag: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  linkname: string;
  devmajor: number;
  devminor: number;
  /** Raw PAX records of the member (keys as written). */
  pax: Map<string, Buffer>;
  body: Buffer;
}

/** Parse a whole tar (strict: bad checksums and truncation throw). */
export function parseTar(tar: Buffer): ParsedMember[] {
  const members: ParsedMember[] = [];
  let offset = 0;
  let pax = new Map<string, Buffer>();
  let longName: string | undefined;
  let longLink: string | undefined;
  while (offset + 512 <= tar.length) {
    const block = tar.subarray(offset, offset + 512);
    if (block.every((byte) => byte === 0)) break;
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    if (sum !== readNumber(block, 148, 8)) throw new Error(`reference: bad checksum at offset ${offset}`);
    const typeflag = String.fromCharCode(block[156] ?? 0);
    let size = readNumber(block, 124, 12);
    const paxSize = pax.get('size');
    if (paxSize !== undefined && typeflag !== 'x' && typeflag !== 'g') size = Number(paxSize.toString());
    const bodyStart = offset + 512;
    if (bodyStart + size > tar.length) throw new Error('reference: truncated tar');
    const body = tar.subarray(bodyStart, bodyStart + size);
    offset = bodyStart + Math.ceil(size / 512) * 512;
    if (typeflag === 'x') {
      pax = parsePax(body);
      continue;
    }
    if (typeflag === 'g') continue;
    if (typeflag === 'L') {
      longName = body.toString('latin1').replace(/\0+$/, '');
      continue;
    }
    if (typeflag === 'K') {
      longLink = body.toString('latin1').replace(/\0+$/, '');
      continue;
    }
    const magic = block.subarray(257, 263).toString('latin1');
    const prefix = magic === 'ustar\0' ? readString(block, 345, 155) : '';
    let name = prefix === '' ? readString(block, 0, 100) : `${prefix}/${readString(block, 0, 100)}`;
    let linkname = readString(block, 157, 100);
    if (longName !== undefined) name = longName;
    if (longLink !== undefined) linkname = longLink;
    const text = (key: string): string | undefined => pax.get(key)?.toString('latin1');
    name = text('path') ?? name;
    linkname = text('linkpath') ?? linkname;
    members.push({
      name,
      typeflag,
      mode: readNumber(block, 100, 8),
      uid: Number(text('uid') ?? readNumber(block, 108, 8)),
      gid: Number(text('gid') ?? readNumber(block, 116, 8)),
      size,
      linkname,
      devmajor: readNumber(block, 329, 8),
      devminor: readNumber(block, 337, 8),
      pax,
      body,
    });
    pax = new Map();
    longName = undefined;
    longLink = undefined;
  }
  return members;
}

function readString(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('latin1');
}

function readNumber(block: Buffer, offset: number, length: number): number {
  const field = block.subarray(offset, offset + length);
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = (field[0] ?? 0) & 0x7f;
    for (let i = 1; i < length; i++) value = value * 256 + (field[i] ?? 0);
    return value;
  }
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .replace(/^[\0 ]+/, '');
  return text === '' ? 0 : parseInt(text, 8);
}

function parsePax(body: Buffer): Map<string, Buffer> {
  const records = new Map<string, Buffer>();
  let offset = 0;
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset);
    if (space === -1) break;
    const length = parseInt(body.subarray(offset, space).toString('latin1'), 10);
    if (!(length > 0)) break;
    const record = body.subarray(space + 1, offset + length - 1);
    const equals = record.indexOf(0x3d);
    records.set(record.subarray(0, equals).toString('latin1'), Buffer.from(record.subarray(equals + 1)));
    offset += length;
  }
  return records;
}

/** A non-directory's shared data: a tree entry without its name-level fields. */
type Inode = Omit<TreeEntry, 'type' | 'hardlinkGroup'> & { type: Exclude<EntryType, 'dir'> };

type Node = { kind: 'dir'; entry: TreeEntry } | { kind: 'inode'; inode: Inode };

/** Clean a member name or link target: no leading `/` or `./`, no trailing `/`, no `.` parts. */
export function cleanPath(name: string): string {
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) throw new Error(`reference: path escapes the root: ${name}`);
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

function xattrsOf(member: ParsedMember): Record<string, string> {
  const xattrs: Record<string, string> = {};
  for (const [key, value] of member.pax) {
    if (key.startsWith('SCHILY.xattr.')) xattrs[key.slice('SCHILY.xattr.'.length)] = value.toString('base64');
  }
  return xattrs;
}

function removeSubtree(nodes: Map<string, Node>, path: string): void {
  nodes.delete(path);
  const prefix = `${path}/`;
  for (const key of [...nodes.keys()]) if (key.startsWith(prefix)) nodes.delete(key);
}

function ensureParents(nodes: Map<string, Node>, path: string): void {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const parent = parts.slice(0, i).join('/');
    const node = nodes.get(parent);
    if (node?.kind === 'dir') continue;
    if (node !== undefined) throw new Error(`reference: ${path}: parent ${parent} is not a directory`);
    nodes.set(parent, { kind: 'dir', entry: { type: 'dir', mode: 0o755, uid: 0, gid: 0, xattrs: {} } });
  }
}

/** The directory `dir` names once every symlink on the way is followed (see the header comment). */
function followDir(nodes: Map<string, Node>, dir: string): string {
  let done: string[] = [];
  let todo = dir.split('/');
  let hops = 0;
  while (todo.length > 0) {
    const part = todo.shift() as string;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      done.pop();
      continue;
    }
    const node = nodes.get([...done, part].join('/'));
    if (node?.kind === 'inode' && node.inode.type === 'symlink') {
      hops++;
      if (hops > 255) throw new Error(`reference: ${dir}: too many levels of symbolic links`);
      const target = node.inode.linkTarget ?? '';
      if (target.startsWith('/')) done = [];
      todo = [...target.split('/'), ...todo];
      continue;
    }
    done.push(part);
  }
  return done.join('/');
}

/** Where a member named `name` lands: its parent followed, its own last component not. */
function landingPath(nodes: Map<string, Node>, name: string): string {
  const path = cleanPath(name);
  const slash = path.lastIndexOf('/');
  if (slash === -1) return path;
  const dir = followDir(nodes, path.slice(0, slash));
  return dir === '' ? path.slice(slash + 1) : `${dir}/${path.slice(slash + 1)}`;
}

const INODE_TYPES: Record<string, Inode['type']> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '2': 'symlink',
  '3': 'char',
  '4': 'block',
  '6': 'fifo',
};

function applyLayer(nodes: Map<string, Node>, members: ParsedMember[]): void {
  // In tar order, as containerd applies a layer: a marker acts where it stands.
  const unpacked = new Set<string>();
  const apply = (member: ParsedMember): void => {
    const path = landingPath(nodes, member.name);
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const dir = slash === -1 ? '' : path.slice(0, slash);
    if (base === '.wh..wh..opq') {
      // Below dir, whatever this layer did not unpack goes, with everything below it.
      const prefix = dir === '' ? '' : `${dir}/`;
      for (const key of [...nodes.keys()]) {
        if (!key.startsWith(prefix) || key === dir) continue;
        const parts = key.slice(prefix.length).split('/');
        const kept = parts.every((_, i) => unpacked.has(prefix + parts.slice(0, i + 1).join('/')));
        if (!kept) nodes.delete(key);
      }
      return;
    }
    if (base.startsWith('.wh.')) {
      const name = base.slice(4);
      if (name === '' || name === '.' || name === '..') throw new Error(`reference: invalid whiteout ${member.name}`);
      removeSubtree(nodes, dir === '' ? name : `${dir}/${name}`);
      return;
    }
    applyEntries(nodes, [member]);
    if (path !== '') unpacked.add(path);
  };
  for (const member of members) apply(member);
}

function applyEntries(nodes: Map<string, Node>, entries: ParsedMember[]): void {
  for (const member of entries) {
    const path = landingPath(nodes, member.name);
    if (path === '') continue;
    const mode = member.mode & 0o7777;
    if (member.typeflag === '5') {
      const existing = nodes.get(path);
      if (existing?.kind !== 'dir') {
        if (existing !== undefined) removeSubtree(nodes, path);
        ensureParents(nodes, path);
      }
      nodes.set(path, { kind: 'dir', entry: { type: 'dir', mode, uid: member.uid, gid: member.gid, xattrs: xattrsOf(member) } });
      continue;
    }
    if (member.typeflag === '1') {
      const targetPath = landingPath(nodes, member.linkname);
      const target = nodes.get(targetPath);
      if (target?.kind !== 'inode') throw new Error(`reference: hard link ${path} -> ${member.linkname}: no such file`);
      if (targetPath === path) continue;
      removeSubtree(nodes, path);
      ensureParents(nodes, path);
      nodes.set(path, { kind: 'inode', inode: target.inode });
      continue;
    }
    const type = INODE_TYPES[member.typeflag];
    if (type === undefined) throw new Error(`reference: unsupported typeflag ${JSON.stringify(member.typeflag)} for ${path}`);
    removeSubtree(nodes, path);
    ensureParents(nodes, path);
    const inode: Inode = { type, mode, uid: member.uid, gid: member.gid, xattrs: xattrsOf(member) };
    if (type === 'file') {
      inode.size = member.body.length;
      inode.sha256 = createHash('sha256').update(member.body).digest('hex');
    }
    if (type === 'symlink') inode.linkTarget = member.linkname;
    if (type === 'char' || type === 'block') {
      inode.devmajor = member.devmajor;
      inode.devminor = member.devminor;
    }
    nodes.set(path, { kind: 'inode', inode });
  }
}

function toTree(nodes: Map<string, Node>): Tree {
  const groups = new Map<Inode, string[]>();
  for (const [path, node] of nodes) {
    if (node.kind !== 'inode') continue;
    const names = groups.get(node.inode) ?? [];
    names.push(path);
    groups.set(node.inode, names);
  }
  const tree: Tree = new Map();
  for (const path of [...nodes.keys()].sort()) {
    const node = nodes.get(path);
    if (node === undefined) continue;
    if (node.kind === 'dir') {
      tree.set(path, { ...node.entry, xattrs: { ...node.entry.xattrs } });
      continue;
    }
    const { inode } = node;
    const entry: TreeEntry = { type: inode.type, mode: inode.mode, uid: inode.uid, gid: inode.gid, xattrs: { ...inode.xattrs } };
    if (inode.size !== undefined) entry.size = inode.size;
    if (inode.sha256 !== undefined) entry.sha256 = inode.sha256;
    if (inode.linkTarget !== undefined) entry.linkTarget = inode.linkTarget;
    if (inode.devmajor !== undefined) entry.devmajor = inode.devmajor;
    if (inode.devminor !== undefined) entry.devminor = inode.devminor;
    const names = groups.get(inode) ?? [];
    if (names.length > 1) entry.hardlinkGroup = [...names].sort()[0];
    tree.set(path, entry);
  }
  return tree;
}

/** Apply layer tars (base first) onto an empty tree. */
export async function applyLayers(tars: Buffer[]): Promise<Tree> {
  const nodes = new Map<string, Node>();
  for (const tar of tars) applyLayer(nodes, parseTar(tar));
  return toTree(nodes);
}

/** Extract one tar (e.g. a merged layer) onto an empty tree. */
export async function extractTar(tar: Buffer): Promise<Tree> {
  return applyLayers([tar]);
}

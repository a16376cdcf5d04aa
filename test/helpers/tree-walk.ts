import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { EntryType, Tree, TreeEntry } from './tree-types.ts';

export interface WalkOptions {
  /** Read xattrs with getfattr (default true). */
  xattrs?: boolean;
}

/** xattrs that the host adds on its own and that no image carries. */
const IGNORED_XATTRS = new Set(['security.selinux']);

/**
 * Walk a directory on disk into a Tree: what an extractor (umoci, docker) actually produced.
 * The root itself is not an entry. Hard-link groups are found by (dev, ino). Paths and link
 * targets are byte strings (one char per byte, as src/rootfs/display-name.ts defines them), so a
 * name that is not UTF-8 is compared byte for byte instead of collapsing into U+FFFD.
 */
export async function walkTree(root: string, options: WalkOptions = {}): Promise<Tree> {
  const tree: Tree = new Map();
  const inodes = new Map<string, string[]>();

  const onDisk = (relative: string): Buffer =>
    Buffer.concat([Buffer.from(root), Buffer.from(relative === '' ? '' : `/${relative}`, 'latin1')]);
  const visit = async (relative: string): Promise<void> => {
    const names = (await readdir(onDisk(relative), { encoding: 'buffer' })).map((name) => name.toString('latin1')).sort();
    for (const name of names) {
      const path = relative === '' ? name : `${relative}/${name}`;
      const absolute = onDisk(path);
      const stats = await lstat(absolute, { bigint: true });
      const type = entryType(stats.mode, absolute);
      const entry: TreeEntry = {
        type,
        mode: Number(stats.mode & 0o7777n),
        uid: Number(stats.uid),
        gid: Number(stats.gid),
        xattrs: {},
      };
      if (type === 'file') {
        entry.size = Number(stats.size);
        entry.sha256 = await hashFile(absolute);
        if (stats.nlink > 1n) {
          const key = `${stats.dev}:${stats.ino}`;
          const group = inodes.get(key);
          if (group === undefined) inodes.set(key, [path]);
          else group.push(path);
        }
      } else if (type === 'symlink') {
        entry.linkTarget = (await readlink(absolute, { encoding: 'buffer' })).toString('latin1');
      } else if (type === 'char' || type === 'block') {
        entry.devmajor = deviceMajor(stats.rdev);
        entry.devminor = deviceMinor(stats.rdev);
      }
      tree.set(path, entry);
      if (type === 'dir') await visit(path);
    }
  };
  await visit('');

  for (const paths of inodes.values()) {
    // nlink counts names outside the walked tree too; a group needs two names inside it.
    if (paths.length < 2) continue;
    const leader = paths.toSorted()[0]!;
    for (const path of paths) {
      const entry = tree.get(path);
      if (entry !== undefined) entry.hardlinkGroup = leader;
    }
  }

  if (options.xattrs !== false) {
    for (const [path, xattrs] of await readXattrs(root)) {
      const entry = tree.get(path);
      if (entry !== undefined) entry.xattrs = xattrs;
    }
  }
  return tree;
}

function entryType(mode: bigint, path: Buffer): EntryType {
  switch (mode & 0o170000n) {
    case 0o100000n:
      return 'file';
    case 0o040000n:
      return 'dir';
    case 0o120000n:
      return 'symlink';
    case 0o020000n:
      return 'char';
    case 0o060000n:
      return 'block';
    case 0o010000n:
      return 'fifo';
    default:
      throw new Error(`${path}: file type ${(mode & 0o170000n).toString(8)} has no tree entry type`);
  }
}

// Linux's dev_t split (glibc major()/minor()).
const deviceMajor = (rdev: bigint): number => Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn));
const deviceMinor = (rdev: bigint): number => Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn));

async function hashFile(path: Buffer): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/**
 * Every xattr under root, in one getfattr run (Node has no xattr API; one process per file would
 * dominate the walk). Returns relative path -> name -> base64 value.
 */
export async function readXattrs(root: string): Promise<Map<string, Record<string, string>>> {
  // Raw bytes: getfattr prints names that are not UTF-8 as they are.
  const stdout = await new Promise<Buffer>((resolve, reject) => {
    execFile(
      'getfattr',
      ['-R', '-P', '-h', '-d', '-m', '-', '-e', 'base64', '--absolute-names', root],
      { encoding: 'buffer', maxBuffer: 1 << 30 },
      (error, out) => {
        if (error !== null && (error as { code?: unknown }).code === 'ENOENT') {
          reject(new Error(`reading xattrs needs getfattr (Debian package "attr"): ${String(error)}`));
        } else resolve(out);
      },
    );
  });
  return parseGetfattr(stdout.toString('latin1'), Buffer.from(root).toString('latin1'));
}

/** Parse `getfattr -d -e base64 --absolute-names` output, as a byte string; exported for its unit test. */
export function parseGetfattr(output: string, root: string): Map<string, Record<string, string>> {
  const result = new Map<string, Record<string, string>>();
  const prefix = root.endsWith('/') ? root : `${root}/`;
  let current: Record<string, string> | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('# file: ')) {
      const absolute = unescapeGetfattr(line.slice('# file: '.length));
      current = undefined;
      if (!absolute.startsWith(prefix)) continue; // the root itself
      current = {};
      result.set(absolute.slice(prefix.length), current);
    } else if (current !== undefined && line !== '') {
      const equals = line.indexOf('=');
      const name = unescapeGetfattr(equals === -1 ? line : line.slice(0, equals));
      if (IGNORED_XATTRS.has(name)) continue;
      const raw = equals === -1 ? '' : line.slice(equals + 1);
      current[name] = raw.startsWith('0s') ? raw.slice(2) : Buffer.from(raw.replace(/^"|"$/g, '')).toString('base64');
    }
  }
  return result;
}

/** getfattr writes unprintable bytes and backslashes of names as `\ooo` octal escapes. */
function unescapeGetfattr(text: string): string {
  if (!text.includes('\\')) return text;
  const bytes: number[] = [];
  const raw = Buffer.from(text, 'latin1');
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i] ?? 0;
    const octal = raw.subarray(i + 1, i + 4).toString('latin1');
    if (byte === 0x5c && /^[0-7]{3}$/.test(octal)) {
      bytes.push(Number.parseInt(octal, 8));
      i += 3;
    } else bytes.push(byte);
  }
  return Buffer.from(bytes).toString('latin1');
}

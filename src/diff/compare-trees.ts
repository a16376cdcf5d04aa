/**
 * Two final filesystems compared entry by entry: type, mode (setuid/setgid/sticky included),
 * owner, size and sha256 of content, symlink target, device numbers, xattrs, hard-link groups,
 * and with `times` the mtime of non-directories (a directory's mtime depends on when extraction
 * last wrote into it, not on the image).
 */
import { entryRecords, type EntryRecord } from './entry-records.ts';
import type { FsTree } from './fs-tree.ts';

/** One attribute that differs, its value in A and in B as text (names still byte strings). */
export interface Change {
  field: 'type' | 'mode' | 'uid' | 'gid' | 'content' | 'symlink' | 'device' | 'xattr' | 'hard links' | 'mtime';
  /** The xattr's name, for field `xattr`. */
  name?: string;
  a: string;
  b: string;
}

export interface Difference {
  /** A byte string (rootfs/display-name.ts). */
  path: string;
  /** `added`: only in B; `removed`: only in A. */
  kind: 'added' | 'removed' | 'changed';
  /** For `changed`. */
  changes: Change[];
}

export interface CompareOptions {
  times?: boolean;
}

export interface Comparison {
  differences: Difference[];
  /** Entries (paths) in each tree. */
  entriesA: number;
  entriesB: number;
}

export function compareTrees(a: FsTree, b: FsTree, options: CompareOptions = {}): Comparison {
  const left = entryRecords(a);
  const right = entryRecords(b);
  const differences: Difference[] = [];
  let entriesA = 0;
  let entriesB = 0;
  let x = left.next();
  let y = right.next();
  while (x.done !== true || y.done !== true) {
    const order = x.done === true ? 1 : y.done === true ? -1 : compareKeys(x.value[0], y.value[0]);
    if (order < 0 && x.done !== true) {
      differences.push({ path: x.value[0], kind: 'removed', changes: [] });
      entriesA++;
      x = left.next();
    } else if (order > 0 && y.done !== true) {
      differences.push({ path: y.value[0], kind: 'added', changes: [] });
      entriesB++;
      y = right.next();
    } else if (x.done !== true && y.done !== true) {
      const changes = compareRecords(x.value[1], y.value[1], options);
      if (changes.length > 0) differences.push({ path: x.value[0], kind: 'changed', changes });
      entriesA++;
      entriesB++;
      x = left.next();
      y = right.next();
    }
  }
  return { differences, entriesA, entriesB };
}

/** Walk order: component by component, so `a/b` sorts right after `a`, before `a-b`. */
function compareKeys(a: string, b: string): number {
  const ka = a.replaceAll('/', '\0');
  const kb = b.replaceAll('/', '\0');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function compareRecords(a: EntryRecord, b: EntryRecord, options: CompareOptions = {}): Change[] {
  if (a.type !== b.type) return [{ field: 'type', a: a.type, b: b.type }];
  const changes: Change[] = [];
  const add = (field: Change['field'], va: string, vb: string): void => {
    if (va !== vb) changes.push({ field, a: va, b: vb });
  };
  if (a.type !== 'symlink') add('mode', octal(a.mode), octal(b.mode));
  add('uid', String(a.uid), String(b.uid));
  add('gid', String(a.gid), String(b.gid));
  if (a.type === 'file') add('content', content(a), content(b));
  add('symlink', a.linkTarget, b.linkTarget);
  add('device', a.device, b.device);
  for (const name of new Set([...a.xattrs.keys(), ...b.xattrs.keys()])) {
    const va = a.xattrs.get(name);
    const vb = b.xattrs.get(name);
    if (va !== vb) changes.push({ field: 'xattr', name, a: va ?? '', b: vb ?? '' });
  }
  if (a.hardLinks.join('\0') !== b.hardLinks.join('\0'))
    changes.push({ field: 'hard links', a: a.hardLinks.join('\0'), b: b.hardLinks.join('\0') });
  if (options.times === true && a.type !== 'dir') add('mtime', a.mtime, b.mtime);
  return changes;
}

const octal = (mode: number): string => mode.toString(8).padStart(4, '0');
const content = (record: EntryRecord): string => `sha256:${record.sha256} ${record.size}`;

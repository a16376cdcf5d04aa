import assert from 'node:assert/strict';
import type { Tree, TreeEntry } from './tree-types.ts';

export interface CompareOptions {
  /** Paths left out of the comparison, each with its whole subtree. */
  ignore?: Iterable<string>;
  /** Entry fields left out (e.g. `uid` when one side ran unprivileged). */
  ignoreFields?: Iterable<keyof TreeEntry>;
}

const FIELDS: readonly (keyof TreeEntry)[] = [
  'type',
  'mode',
  'uid',
  'gid',
  'size',
  'sha256',
  'linkTarget',
  'devmajor',
  'devminor',
  'hardlinkGroup',
];

/**
 * Every difference between two trees, one human-readable line each
 * (`etc/passwd: mode 0644 != 0600`, expected first). Empty means equal.
 */
export function diffTrees(expected: Tree, actual: Tree, options: CompareOptions = {}): string[] {
  const ignored = [...(options.ignore ?? [])];
  const skipped = new Set(options.ignoreFields ?? []);
  const isIgnored = (path: string): boolean => ignored.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  const differences: string[] = [];
  const paths = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  for (const path of paths) {
    if (isIgnored(path)) continue;
    const want = expected.get(path);
    const got = actual.get(path);
    if (want === undefined) {
      differences.push(`${path}: unexpected ${got?.type ?? 'entry'}`);
      continue;
    }
    if (got === undefined) {
      differences.push(`${path}: missing ${want.type}`);
      continue;
    }
    for (const field of FIELDS) {
      if (skipped.has(field)) continue;
      // Linux gives every symlink 0777 whatever the tar said, so the bits carry no information.
      if (field === 'mode' && want.type === 'symlink' && got.type === 'symlink') continue;
      const a = want[field];
      const b = got[field];
      if (a !== b) differences.push(`${path}: ${field} ${show(field, a)} != ${show(field, b)}`);
    }
    if (!skipped.has('xattrs')) {
      const names = [...new Set([...Object.keys(want.xattrs), ...Object.keys(got.xattrs)])].sort();
      for (const name of names) {
        const a = want.xattrs[name];
        const b = got.xattrs[name];
        if (a !== b) differences.push(`${path}: xattr ${name} ${a ?? '(none)'} != ${b ?? '(none)'}`);
      }
    }
  }
  return differences;
}

function show(field: keyof TreeEntry, value: unknown): string {
  if (value === undefined) return '(none)';
  if (field === 'mode' && typeof value === 'number') return `0${value.toString(8).padStart(3, '0')}`;
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** Fail with the list of differences (at most 50 shown) when the trees differ. */
export function assertTreesEqual(expected: Tree, actual: Tree, label: string, options: CompareOptions = {}): void {
  const differences = diffTrees(expected, actual, options);
  if (differences.length === 0) return;
  const shown = differences.slice(0, 50).join('\n  ');
  const more = differences.length > 50 ? `\n  … and ${differences.length - 50} more` : '';
  assert.fail(`${label}: trees differ in ${differences.length} place(s):\n  ${shown}${more}`);
}

/**
 * Member names as the merge sees them: normalised (no leading `/` or `./`, no trailing slash,
 * no `.` parts, `..` resolved) and classified as content, whiteout or opaque marker. Pure.
 */

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';

/** The normalised path, or undefined when it escapes the root. '' is the root itself. */
export function normalisePath(name: string): string | undefined {
  // Fast path: most names are already clean.
  if (!name.includes('//') && !/(^|\/)\.\.?(\/|$)/.test(name) && !name.startsWith('/')) {
    return name.endsWith('/') ? name.slice(0, -1) : name;
  }
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

export type NameClass =
  | { kind: 'content' }
  | { kind: 'whiteout'; target: string }
  | { kind: 'opaque'; dir: string }
  /** AUFS bookkeeping (`.wh..wh.plnk` and friends): not content, dropped. */
  | { kind: 'meta' }
  | { kind: 'invalid'; reason: string };

export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

export function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** Classify a normalised path by its last component. */
export function classifyName(path: string): NameClass {
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  if (!base.startsWith(WHITEOUT_PREFIX)) return { kind: 'content' };
  const dir = slash === -1 ? '' : path.slice(0, slash);
  if (base === OPAQUE_MARKER) return { kind: 'opaque', dir };
  if (base.startsWith('.wh..wh.')) return { kind: 'meta' };
  const target = base.slice(WHITEOUT_PREFIX.length);
  if (target === '') return { kind: 'invalid', reason: 'bare whiteout ".wh." names nothing' };
  if (target === '.' || target === '..') return { kind: 'invalid', reason: `whiteout of ${JSON.stringify(target)}` };
  return { kind: 'whiteout', target: joinPath(dir, target) };
}

/** Calls fn for every proper ancestor of path, root ('') first, nearest last. */
export function forEachAncestor(path: string, fn: (ancestor: string) => unknown): boolean {
  if (path === '') return false;
  if (fn('') === true) return true;
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
    if (fn(path.slice(0, i)) === true) return true;
  }
  return false;
}

export function isUnder(path: string, dir: string): boolean {
  return dir === '' ? path !== '' : path.length > dir.length && path.startsWith(dir) && path.charCodeAt(dir.length) === 47;
}

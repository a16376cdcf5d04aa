/**
 * Path resolution inside an image root, as containerd's applier does it (docs/containerd-parity.md):
 * every parent component of a member name that is a symlink in the tree as it stands is followed,
 * relative targets from the link's directory, absolute ones from the root, `..` never above the
 * root, a component that does not exist taken literally, and more than 255 links an error. The
 * last component is never followed: a member replaces what stands at its own name. Pure: the
 * tree is a lookup function.
 */

/** The target of the symlink standing at this resolved path, or undefined when none stands there. */
export type SymlinkLookup = (path: string) => string | undefined;

/** Linux's and containerd's limit (continuity's RootPath) on links followed for one name. */
const MAX_LINKS = 255;

export class SymlinkLoopError extends Error {
  readonly path: string;
  constructor(path: string) {
    super(`too many levels of symbolic links (more than ${MAX_LINKS}) resolving its parent directories`);
    this.name = 'SymlinkLoopError';
    this.path = path;
  }
}

/**
 * Follows every component of `path` (a normalised path, '' is the root), the last one included.
 * Returns the normalised path it reaches.
 */
function resolveFully(path: string, lookup: SymlinkLookup): string {
  if (path === '') return '';
  const resolved: string[] = [];
  // Components still to walk, last first (so pushing a link's target in front is cheap).
  const todo = path.split('/').reverse();
  let links = 0;
  while (todo.length > 0) {
    const part = todo.pop() as string;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      resolved.pop();
      continue;
    }
    resolved.push(part);
    const target = lookup(resolved.join('/'));
    if (target === undefined) continue;
    if (++links > MAX_LINKS) throw new SymlinkLoopError(path);
    resolved.pop();
    if (target.startsWith('/')) resolved.length = 0;
    const parts = target.split('/');
    for (let i = parts.length - 1; i >= 0; i--) todo.push(parts[i] as string);
  }
  return resolved.join('/');
}

/** Where a member named `path` (normalised) lands: its parent resolved, its last component kept. */
export function resolveMemberPath(path: string, lookup: SymlinkLookup): string {
  const slash = path.lastIndexOf('/');
  if (slash === -1) return path;
  const parent = resolveFully(path.slice(0, slash), lookup);
  const base = path.slice(slash + 1);
  return parent === '' ? base : `${parent}/${base}`;
}

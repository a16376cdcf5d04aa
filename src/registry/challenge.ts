/** A parsed `WWW-Authenticate` challenge (RFC 7235, as registries send it). */
export interface Challenge {
  scheme: 'basic' | 'bearer';
  realm: string | undefined;
  service: string | undefined;
  /** Scopes the server asked for (space separated in one `scope` param). */
  scopes: string[];
}

const PARAM_RE = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;

export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(\S+)\s*(.*)$/s.exec(header);
  if (match === null) return undefined;
  const scheme = (match[1] ?? '').toLowerCase();
  if (scheme !== 'basic' && scheme !== 'bearer') return undefined;
  const params = new Map<string, string>();
  for (const param of (match[2] ?? '').matchAll(PARAM_RE)) {
    const value = param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
    params.set((param[1] ?? '').toLowerCase(), value);
  }
  const scope = params.get('scope');
  return {
    scheme,
    realm: params.get('realm'),
    service: params.get('service'),
    scopes: scope === undefined || scope === '' ? [] : scope.split(' ').filter((s) => s !== ''),
  };
}

/** `repository:team/app:push,pull` for the given actions. */
export const repositoryScope = (repository: string, actions: readonly ('pull' | 'push')[]): string =>
  `repository:${repository}:${actions.join(',')}`;

/**
 * Merges scopes per resource (actions unioned) and puts scopes with `push` first: a few registries
 * only look at the first scope of a token request (GGCR write.go).
 */
export function mergeScopes(scopes: readonly string[]): string[] {
  const byResource = new Map<string, Set<string>>();
  for (const scope of scopes) {
    const cut = scope.lastIndexOf(':');
    if (cut === -1) {
      byResource.set(scope, byResource.get(scope) ?? new Set());
      continue;
    }
    const resource = scope.slice(0, cut);
    const actions = byResource.get(resource) ?? new Set<string>();
    for (const action of scope.slice(cut + 1).split(',')) if (action !== '') actions.add(action);
    byResource.set(resource, actions);
  }
  const merged = [...byResource].map(([resource, actions]) => {
    const ordered = [...actions].sort((a, b) => (a === 'push' ? -1 : b === 'push' ? 1 : a.localeCompare(b)));
    return ordered.length === 0 ? resource : `${resource}:${ordered.join(',')}`;
  });
  const pushFirst = (scope: string): number => (/:[^:]*\bpush\b[^:]*$/.test(scope) ? 0 : 1);
  return merged.sort((a, b) => pushFirst(a) - pushFirst(b) || a.localeCompare(b));
}

/** True when every scope in `wanted` is covered by `held`. */
export function scopesCover(held: readonly string[], wanted: readonly string[]): boolean {
  const heldMerged = mergeScopes(held);
  return mergeScopes([...held, ...wanted]).every((scope) => heldMerged.includes(scope));
}

/**
 * Which members of one layer are still there once the layer is applied, as containerd applies it,
 * member by member in tar order (docs/containerd-parity.md):
 * - a member replaces what the layer put at its path before, except a directory over a directory,
 *   which keeps what is below it; any other member deletes what the layer put below its path;
 * - `.wh.NAME` deletes NAME and everything the layer put below it, there and then;
 * - `DIR/.wh..wh..opq` deletes, below DIR, every path the layer did not unpack itself, with all
 *   below it: members in a directory that exists only because members lay below it (a tar made
 *   from a file list, with no entry for the directory) go, members in directories it has entries
 *   for stay.
 * What the layer does to older layers is the merge's business (markers staged by place-member.ts,
 * applied by layer-end.ts); this only lists the members the layer deletes itself. Pure.
 */

interface Node {
  /** Ordinal of the member standing at this path, if one does. */
  member: number | undefined;
  /** 'implicit': a directory that exists only because members lie below it. */
  kind: 'implicit' | 'dir' | 'other';
  children: Map<string, Node>;
}

export interface LayerSurvivors {
  member(ordinal: number, path: string, isDir: boolean): void;
  whiteout(target: string): void;
  opaque(dir: string): void;
  /** Ordinals of the members the layer deleted itself. */
  readonly hidden: ReadonlySet<number>;
}

export function createLayerSurvivors(): LayerSurvivors {
  const root: Node = { member: undefined, kind: 'dir', children: new Map() };
  const hidden = new Set<number>();
  const hideAll = (node: Node): void => {
    if (node.member !== undefined) hidden.add(node.member);
    for (const child of node.children.values()) hideAll(child);
  };
  const find = (path: string): { parent: Node; name: string; node: Node | undefined } | undefined => {
    let parent = root;
    const parts = path.split('/');
    for (let i = 0; i < parts.length - 1; i++) {
      const next = parent.children.get(parts[i] as string);
      if (next === undefined) return undefined;
      parent = next;
    }
    const name = parts[parts.length - 1] as string;
    return { parent, name, node: parent.children.get(name) };
  };
  const removeNotUnpacked = (node: Node): void => {
    for (const [name, child] of node.children) {
      if (child.kind === 'implicit') {
        hideAll(child);
        node.children.delete(name);
      } else if (child.kind === 'dir') removeNotUnpacked(child);
    }
  };
  return {
    member(ordinal, path, isDir) {
      if (path === '') return;
      let parent = root;
      const parts = path.split('/');
      for (let i = 0; i < parts.length - 1; i++) {
        const part = parts[i] as string;
        let next = parent.children.get(part);
        if (next === undefined) {
          next = { member: undefined, kind: 'implicit', children: new Map() };
          parent.children.set(part, next);
        }
        parent = next;
      }
      const name = parts[parts.length - 1] as string;
      const existing = parent.children.get(name);
      if (existing !== undefined && isDir && existing.kind !== 'other') {
        if (existing.member !== undefined) hidden.add(existing.member);
        existing.member = ordinal;
        existing.kind = 'dir';
        return;
      }
      if (existing !== undefined) hideAll(existing);
      parent.children.set(name, { member: ordinal, kind: isDir ? 'dir' : 'other', children: new Map() });
    },
    whiteout(target) {
      const found = find(target);
      if (found?.node === undefined) return;
      hideAll(found.node);
      found.parent.children.delete(found.name);
    },
    opaque(dir) {
      const node = dir === '' ? root : find(dir)?.node;
      if (node !== undefined) removeNotUnpacked(node);
    },
    hidden,
  };
}

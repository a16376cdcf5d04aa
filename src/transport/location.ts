import { parseReference, type Reference, registryHost } from '../reference/reference.ts';
import { isLocalName, type LocalName, parseLocalName } from './local.ts';

/**
 * An image name parsed once, where it enters (flatten, openSource, openTarget): every step after
 * that takes this, not the string, so a name is never parsed twice or two ways.
 */
export type ImageLocation =
  | { readonly kind: 'registry'; readonly name: string; readonly reference: Reference }
  | { readonly kind: LocalName['transport']; readonly name: string; readonly local: LocalName };

const DOCKER_PREFIX = 'docker://';

/** `oci:DIR[:TAG]`, `oci-archive:FILE[:TAG]`, `docker-archive:FILE[:NAME:TAG]`, `docker://REF` or a bare registry reference. */
export function parseLocation(name: string): ImageLocation {
  if (isLocalName(name)) {
    const local = parseLocalName(name);
    return { kind: local.transport, name, local };
  }
  return { kind: 'registry', name, reference: parseReference(name.startsWith(DOCKER_PREFIX) ? name.slice(DOCKER_PREFIX.length) : name) };
}

/**
 * True when writing `target` would overwrite what `source` names: the same registry repository
 * and tag, or the same layout and tag. Writing by digest never overwrites anything.
 */
export function sameImageLocation(source: ImageLocation, target: ImageLocation): boolean {
  if (source.kind !== 'registry' || target.kind !== 'registry') {
    if (source.kind === 'registry' || target.kind === 'registry') return false;
    const a = source.local;
    const b = target.local;
    return a.transport === b.transport && a.path.replace(/\/+$/, '') === b.path.replace(/\/+$/, '') && a.tag === b.tag;
  }
  const a = source.reference;
  const b = target.reference;
  return (
    registryHost(a.registry) === registryHost(b.registry) &&
    a.repository === b.repository &&
    b.tag !== undefined &&
    b.digest === undefined &&
    a.tag === b.tag
  );
}

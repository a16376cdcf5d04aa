import { statSync } from 'node:fs';
import { FlattenError, usageError } from '../errors.ts';
import { isLocalName } from '../transport/local.ts';
import { type ImageLocation, parseLocation } from '../transport/location.ts';

/** The transports an image name can select (src/transport/open.ts opens them). */
export type NameKind = 'registry' | 'oci' | 'oci-archive' | 'docker-archive';

export interface NameInfo {
  kind: NameKind;
  /** The registry as written in the reference, for registry names. */
  registry?: string;
  /** The name parsed: what the run passes on, so that it is never parsed again. */
  location: ImageLocation;
}

const DOCKER_PREFIX = 'docker://';

/**
 * Classifies SOURCE or TARGET without opening it. An invalid reference that names a file or
 * directory (or looks like a path) gets a hint with the transport prefix the user most likely
 * meant, as skopeo's names need one.
 */
export function describeName(name: string, side: 'source' | 'target'): NameInfo {
  if (isLocalName(name)) {
    const location = parseLocation(name);
    return { kind: location.kind, location };
  }
  try {
    const location = parseLocation(name);
    const registry = location.kind === 'registry' ? location.reference.registry : undefined;
    // `examples/demo-image` or `out.tar` are valid references too; what exists on disk (or reads
    // as an archive name) is far more likely meant as a path. docker:// says "the registry".
    const hint = name.startsWith(DOCKER_PREFIX) ? undefined : pathHint(name, side, false);
    if (hint !== undefined)
      throw usageError(
        `${side} ${name} names a registry image, but ${hint.reason}`,
        `${hint.text}; or write docker://${name} for the registry image`,
      );
    return { kind: 'registry', ...(registry === undefined ? {} : { registry }), location };
  } catch (error) {
    if (error instanceof FlattenError && error.hint !== undefined) throw error;
    const hint = pathHint(name, side, true);
    if (hint === undefined || !(error instanceof FlattenError)) throw error;
    throw usageError(error.message, hint.text);
  }
}

function pathHint(name: string, side: 'source' | 'target', invalid: boolean): { reason: string; text: string } | undefined {
  let kind: 'file' | 'directory' | undefined;
  try {
    const stats = statSync(name);
    kind = stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : undefined;
  } catch {
    kind = undefined;
  }
  const pathLike = /^(\/|\.\.?\/|~\/)/.test(name) || /\.(tar|tar\.gz|tgz)$/.test(name);
  if (kind === 'directory') return { reason: `${name} is a directory here`, text: `name an OCI image layout as oci:${name}[:TAG]` };
  if (kind === 'file') {
    return { reason: `${name} is a file here`, text: `name an archive as docker-archive:${name} (docker save) or oci-archive:${name}` };
  }
  if (!pathLike) return undefined;
  const reason = `${name} looks like a file name`;
  if (side === 'target')
    return { reason, text: `to write files, name the target docker-archive:${name}, oci-archive:${name} or oci:${name} (a directory)` };
  return invalid || pathLike
    ? { reason, text: `${name} does not exist; a local image is named oci:DIR, oci-archive:FILE or docker-archive:FILE` }
    : undefined;
}

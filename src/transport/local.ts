import { usageError } from '../errors.ts';
import { displayText } from '../display-text.ts';
import { parseReference } from '../reference/reference.ts';
import { openDockerArchiveSource } from './docker-archive-source.ts';
import { openDockerArchiveTarget } from './docker-archive.ts';
import { openOciArchiveSource, openOciArchiveTarget } from './oci-archive.ts';
import { openOciLayoutSource, openOciLayoutTarget } from './oci-layout.ts';
import type { ImageSource, ImageTarget } from './types.ts';

/** The on-disk transports, named as skopeo names them. */
export type LocalTransport = 'oci' | 'oci-archive' | 'docker-archive';

export interface LocalName {
  transport: LocalTransport;
  /** The directory (oci) or archive file. */
  path: string;
  /**
   * oci / oci-archive: the `org.opencontainers.image.ref.name` to read or write.
   * docker-archive: the image name for RepoTags (`name:tag`).
   */
  tag: string | undefined;
}

/** The image-spec's grammar for `org.opencontainers.image.ref.name` (image-layout.md): alphanum (separator alphanum)* components joined by '/'. */
const OCI_REF_NAME = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;

const TRANSPORTS: readonly LocalTransport[] = ['oci', 'oci-archive', 'docker-archive'];

/** True when the argument names an on-disk image rather than a registry reference. */
export const isLocalName = (text: string): boolean => TRANSPORTS.some((t) => text.startsWith(`${t}:`));

/**
 * Parse `oci:DIR[:TAG]`, `oci-archive:FILE[:TAG]`, `docker-archive:FILE[:NAME:TAG]`. Like skopeo,
 * the path ends at its first colon, so paths with colons cannot be named.
 */
export function parseLocalName(text: string): LocalName {
  const transport = TRANSPORTS.find((t) => text.startsWith(`${t}:`));
  if (transport === undefined) throw usageError(`${displayText(text)} is not an oci:, oci-archive: or docker-archive: name`);
  const rest = text.slice(transport.length + 1);
  const colon = rest.indexOf(':');
  const path = colon === -1 ? rest : rest.slice(0, colon);
  let tag = colon === -1 ? undefined : rest.slice(colon + 1);
  if (path === '') throw usageError(`${displayText(text)} names no ${transport === 'oci' ? 'directory' : 'file'}`);
  if (tag === '') throw usageError(`${displayText(text)} has an empty tag after the path`);
  if (transport === 'docker-archive' && tag !== undefined) {
    // docker load wants name:tag; a bare name means :latest, as in `docker tag`.
    if (tag.includes('@')) throw usageError(`${displayText(text)}: a docker-archive name takes a tag, not a digest`);
    const lastSlash = tag.lastIndexOf('/');
    if (!tag.slice(lastSlash + 1).includes(':')) tag = `${tag}:latest`;
  } else if (tag !== undefined && !OCI_REF_NAME.test(tag)) {
    // Written into index.json as org.opencontainers.image.ref.name: an ESC there made the layout
    // unreadable to skopeo (issue 13, item 8).
    throw usageError(
      `${displayText(text)}: the tag ${displayText(tag)} must match the OCI ref.name grammar (letters, digits and . _ - : @ + separators, components joined by /)`,
    );
  }
  if (transport === 'docker-archive' && tag !== undefined) parseReference(tag);
  return { transport, path, tag };
}

/** Open an on-disk image for reading; archives are unpacked under `stagingParent`. */
export async function openLocalSource(name: string | LocalName, stagingParent?: string): Promise<ImageSource> {
  const { transport, path, tag } = typeof name === 'string' ? parseLocalName(name) : name;
  if (transport === 'oci') return openOciLayoutSource(path, tag);
  if (transport === 'oci-archive') return openOciArchiveSource(path, tag, stagingParent);
  return openDockerArchiveSource(path, tag, stagingParent);
}

/** Open an on-disk image for writing; `onNote` hears about waits for another run's layout lock. */
export async function openLocalTarget(name: string | LocalName, onNote?: (message: string) => void): Promise<ImageTarget> {
  const { transport, path, tag } = typeof name === 'string' ? parseLocalName(name) : name;
  if (transport === 'oci') return openOciLayoutTarget(path, tag, { onNote });
  if (transport === 'oci-archive') return openOciArchiveTarget(path, tag);
  return openDockerArchiveTarget(path, tag);
}

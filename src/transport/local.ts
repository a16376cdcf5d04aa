import { usageError } from '../errors.ts';
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

const TRANSPORTS: readonly LocalTransport[] = ['oci', 'oci-archive', 'docker-archive'];

/** True when the argument names an on-disk image rather than a registry reference. */
export const isLocalName = (text: string): boolean => TRANSPORTS.some((t) => text.startsWith(`${t}:`));

/**
 * Parse `oci:DIR[:TAG]`, `oci-archive:FILE[:TAG]`, `docker-archive:FILE[:NAME:TAG]`. Like skopeo,
 * the path ends at its first colon, so paths with colons cannot be named.
 */
export function parseLocalName(text: string): LocalName {
  const transport = TRANSPORTS.find((t) => text.startsWith(`${t}:`));
  if (transport === undefined) throw usageError(`"${text}" is not an oci:, oci-archive: or docker-archive: name`);
  const rest = text.slice(transport.length + 1);
  const colon = rest.indexOf(':');
  const path = colon === -1 ? rest : rest.slice(0, colon);
  let tag = colon === -1 ? undefined : rest.slice(colon + 1);
  if (path === '') throw usageError(`"${text}" names no ${transport === 'oci' ? 'directory' : 'file'}`);
  if (tag === '') throw usageError(`"${text}" has an empty tag after the path`);
  if (transport === 'docker-archive' && tag !== undefined) {
    // docker load wants name:tag; a bare name means :latest, as in `docker tag`.
    if (tag.includes('@')) throw usageError(`"${text}": a docker-archive name takes a tag, not a digest`);
    const lastSlash = tag.lastIndexOf('/');
    if (!tag.slice(lastSlash + 1).includes(':')) tag = `${tag}:latest`;
  } else if (tag !== undefined && /[\s]/.test(tag)) {
    throw usageError(`"${text}": the tag must not contain whitespace`);
  }
  return { transport, path, tag };
}

/** Open an on-disk image for reading; archives are unpacked under `stagingParent`. */
export async function openLocalSource(text: string, stagingParent?: string): Promise<ImageSource> {
  const { transport, path, tag } = parseLocalName(text);
  if (transport === 'oci') return openOciLayoutSource(path, tag);
  if (transport === 'oci-archive') return openOciArchiveSource(path, tag, stagingParent);
  return openDockerArchiveSource(path, tag, stagingParent);
}

/** Open an on-disk image for writing. */
export async function openLocalTarget(text: string): Promise<ImageTarget> {
  const { transport, path, tag } = parseLocalName(text);
  if (transport === 'oci') return openOciLayoutTarget(path, tag);
  if (transport === 'oci-archive') return openOciArchiveTarget(path, tag);
  return openDockerArchiveTarget(path, tag);
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '../../src/image/types.ts';
import { run } from './run.ts';
import type { Tree } from './tree-types.ts';
import { walkTree } from './tree-walk.ts';

/**
 * The independent unpacker: skopeo fetches, umoci applies the layers, and we only walk the result.
 * None of our code is on this path, so it can judge our output.
 */

export interface UnpackOptions {
  /** Which child of an index to unpack (skopeo's --override-*); default: the host's platform. */
  platform?: Pick<Platform, 'os' | 'architecture' | 'variant'>;
}

/**
 * Unpack any image skopeo can read (`docker://…`, `oci:DIR:TAG`, `oci-archive:FILE`,
 * `docker-archive:FILE`) and walk its rootfs. Registry sources are read over plain HTTP.
 */
export async function unpackWithSkopeo(source: string, options: UnpackOptions = {}): Promise<Tree> {
  const work = await mkdtemp(join(tmpdir(), 'oci-flatten-unpack-'));
  try {
    const layout = join(work, 'layout');
    const bundle = join(work, 'bundle');
    const platform = options.platform;
    await run('skopeo', [
      'copy',
      '--quiet',
      ...(source.startsWith('docker://') ? ['--src-tls-verify=false'] : []),
      ...(platform === undefined
        ? []
        : [
            '--override-os',
            platform.os,
            '--override-arch',
            platform.architecture,
            ...(platform.variant === undefined ? [] : ['--override-variant', platform.variant]),
          ]),
      // umoci 0.4 reads gzip and plain layers only: zstd is recompressed on the way.
      '--dest-compress-format',
      'gzip',
      source,
      `oci:${layout}:image`,
    ]);
    // As root, umoci keeps uid/gid, device nodes and xattrs as the layers say.
    await run('umoci', ['unpack', '--image', `${layout}:image`, bundle]);
    return await walkTree(join(bundle, 'rootfs'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Unpack `host/repo:tag` (or `host/repo@digest`) from a registry. */
export const unpackRegistryImage = (reference: string, options: UnpackOptions = {}): Promise<Tree> =>
  unpackWithSkopeo(`docker://${reference}`, options);

/** Unpack the image tagged `tag` (ref.name) in an OCI layout directory. */
export const unpackLayout = (dir: string, tag: string, options: UnpackOptions = {}): Promise<Tree> =>
  unpackWithSkopeo(`oci:${dir}:${tag}`, options);

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { run } from './run.ts';

/**
 * Images whose layers a third party makes: umoci diffs a real directory tree (go-mtree) after
 * each round of ordinary filesystem changes, so the layers carry what a filesystem-diff producer
 * really writes (whiteouts for deletions, re-emitted hard-link partners, a root `.` entry), not
 * what our own tar builders think a layer looks like.
 */
export interface UmociImage {
  /** The OCI layout directory holding every tag committed so far. */
  readonly layout: string;
  /** The unpacked bundle's rootfs: change it with real filesystem operations, then commit. */
  readonly rootfs: string;
  /** Diff the rootfs against the last commit into a new layer, tagged `tag`. */
  commit(tag: string, createdBy?: string): Promise<void>;
  /**
   * Append a hand-made uncompressed layer verbatim on top of `from` as `tag` (umoci raw
   * add-layer). The bundle no longer follows the image afterwards: call this after the last commit.
   */
  addRawLayer(from: string, tag: string, tar: Buffer): Promise<void>;
  /** The uncompressed tars of the image tagged `tag`, base first. */
  layerTars(tag: string): Promise<Buffer[]>;
  /** `oci:LAYOUT:TAG`, for skopeo. */
  reference(tag: string): string;
  cleanup(): Promise<void>;
}

interface LayoutIndex {
  manifests: { digest: string; annotations?: Record<string, string> }[];
}

/** A new image with no layers; as root, umoci keeps owners, devices and xattrs as they are. */
export async function createUmociImage(): Promise<UmociImage> {
  const work = await mkdtemp(join(tmpdir(), 'oci-flatten-umoci-'));
  const layout = join(work, 'layout');
  const bundle = join(work, 'bundle');
  try {
    await run('umoci', ['init', '--layout', layout]);
    await run('umoci', ['new', '--image', `${layout}:empty`]);
    await run('umoci', ['unpack', '--image', `${layout}:empty`, bundle]);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
  const blob = (digest: string): Promise<Buffer> => readFile(join(layout, 'blobs', 'sha256', digest.slice('sha256:'.length)));
  return {
    layout,
    rootfs: join(bundle, 'rootfs'),
    async commit(tag, createdBy = `umoci repack ${tag}`) {
      await run('umoci', ['repack', '--refresh-bundle', '--history.created_by', createdBy, '--image', `${layout}:${tag}`, bundle]);
    },
    async addRawLayer(from, tag, tar) {
      const file = join(work, `${tag}.tar`);
      await writeFile(file, tar);
      await run('umoci', ['raw', 'add-layer', '--image', `${layout}:${from}`, '--tag', tag, file]);
    },
    async layerTars(tag) {
      const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as LayoutIndex;
      const entry = index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === tag);
      if (entry === undefined) throw new Error(`umoci layout has no tag ${tag}`);
      const manifest = JSON.parse((await blob(entry.digest)).toString()) as { layers: { mediaType: string; digest: string }[] };
      return Promise.all(
        manifest.layers.map(async (layer) => {
          const bytes = await blob(layer.digest);
          return layer.mediaType.endsWith('+gzip') ? gunzipSync(bytes) : bytes;
        }),
      );
    },
    reference: (tag) => `oci:${layout}:${tag}`,
    cleanup: () => rm(work, { recursive: true, force: true }),
  };
}

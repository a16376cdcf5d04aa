/**
 * flatten() with opened sides (issue 16): an ImageTarget from openTarget, and one of the caller's
 * own that only delegates (no name, no location), write the same bytes as a named target; the run
 * commits them but leaves closing them to the caller; a name and an object naming the same image
 * are refused as the source itself.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FlattenError, flatten, type ImageTarget, openSource, openTarget } from '../../../src/index.ts';
import { REPO_ROOT } from '../../helpers/cli.ts';

/** The demo image flattened with the defaults (gzip 6), as the CLI's tests know it. */
const DEMO_GZIP = 'sha256:386feba3fef0600ccde72b525c46405c8ae554c221efcd18568c5887fc48b76a';
const DEMO = `oci:${join(REPO_ROOT, 'examples', 'demo-image')}:demo`;

describe('flatten() with opened ImageSource/ImageTarget sides', () => {
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'oci-flatten-object-sides-'));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const refName = async (layout: string): Promise<string | undefined> => {
    const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as {
      manifests: { digest: string; annotations?: Record<string, string> }[];
    };
    return index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === 'flat')?.digest;
  };

  it('an openTarget object: the same digest as by name; committed, not closed', async () => {
    const layout = join(work, 'opened');
    const real = await openTarget(`oci:${layout}:flat`);
    let closes = 0;
    const counted: ImageTarget = Object.assign(Object.create(real) as ImageTarget, {
      close: async () => {
        closes += 1;
        await real.close();
      },
    });
    const result = await flatten(DEMO, counted);
    assert.equal(result.digest, DEMO_GZIP);
    assert.equal(result.target, `oci:${layout}:flat`, 'reported by the name it was opened with');
    assert.equal(closes, 0, 'the caller closes what it opened');
    await counted.close();
    assert.equal(await refName(layout), DEMO_GZIP, 'the layout names the image under its tag');
  });

  it("a target of the caller's own (no name): written as any target, its description in the result", async () => {
    const layout = join(work, 'custom');
    const real = await openTarget(`oci:${layout}:flat`);
    const custom: ImageTarget = {
      description: 'my own target',
      hasBlob: (descriptor, signal) => real.hasBlob(descriptor, signal),
      putBlob: (descriptor, open, options) => real.putBlob(descriptor, open, options),
      putManifest: (manifest, signal) => real.putManifest(manifest, signal),
      commit: (manifest, signal) => real.commit(manifest, signal),
      abort: () => real.abort(),
      close: () => real.close(),
    };
    const source = await openSource(DEMO);
    try {
      const result = await flatten({ source, target: custom, labels: {} });
      assert.equal(result.digest, DEMO_GZIP);
      assert.equal(result.target, 'my own target');
    } finally {
      await Promise.all([source.close(), custom.close()]);
    }
    assert.equal(await refName(layout), DEMO_GZIP);
  });

  it('a name and an opened object naming the same layout and tag are the source itself', async () => {
    const layout = join(work, 'same');
    await flatten(DEMO, `oci:${layout}:flat`);
    const target = await openTarget(`oci:${layout}:flat`);
    try {
      await assert.rejects(
        flatten(`oci:${layout}:flat`, target),
        (error: unknown) => error instanceof FlattenError && error.kind === 'usage' && /source itself/.test(error.message),
      );
    } finally {
      await target.close();
    }
  });
});

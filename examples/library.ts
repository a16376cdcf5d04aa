/**
 * The library API: flatten the demo image from one OCI layout into another, then inspect both;
 * open the sides as objects; and, given a registry, push with a credential provider under a
 * deadline and read a registry's refusal. Run from the repo root after `npm install`:
 *
 *   node examples/library.ts                          # OCI layouts only
 *   REGISTRY=127.0.0.1:5000 node examples/library.ts  # and a registry you may push to
 *
 * With REGISTRY_USER and REGISTRY_PASSWORD set, they are the credentials for REGISTRY (and no
 * other host); without them the usual Docker config files are read.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Credential, FlattenError, flatten, inspect, type Keychain, openSource, openTarget, RegistryError } from '../src/index.ts';

const out = join(await mkdtemp(join(tmpdir(), 'flatten-example-')), 'layout');

// 1. Names in, result out.
const result = await flatten({
  source: 'oci:examples/demo-image:demo',
  target: `oci:${out}:demo-flat`,
  labels: { 'org.example.flattened': 'true' },
  onProgress: (event) => {
    if (event.type === 'merge' && event.done) console.error(`merged ${event.bytesIn} tar bytes into ${event.bytesOut}`);
  },
});
console.log(`wrote ${result.reference}`);
for (const image of [result.source, `oci:${out}:demo-flat`]) {
  const report = await inspect({ image });
  for (const platform of report.images) {
    console.log(`${image}: ${platform.layers.length} layers, ${platform.flattened?.bytesDropped ?? 0} bytes a flatten would drop`);
  }
}

// 2. Sides opened as objects: the run reads, writes and commits them; closing them is ours.
const source = await openSource('oci:examples/demo-image:demo');
try {
  const layoutTarget = await openTarget(`oci:${out}:demo-objects`);
  try {
    const written = await flatten(source, layoutTarget, { compression: 'zstd' });
    console.log(`objects: wrote ${written.reference} (${written.platforms[0]?.layersAfter} layer)`);
  } finally {
    await layoutTarget.close();
  }

  // 3. A deadline: the signal aborts the run, which removes its temp files and rejects as 'interrupted'.
  try {
    await flatten(source, `oci:${out}:never`, { signal: AbortSignal.timeout(1) });
    console.log('deadline: finished within 1 ms');
  } catch (error) {
    if (!(error instanceof FlattenError) || error.kind !== 'interrupted') throw error;
    console.log(`deadline: ${error.message}`);
  }

  const registry = process.env.REGISTRY;
  if (registry !== undefined && registry !== '') {
    // 4. Credentials from this program, for this registry only; other hosts fall through to the config files.
    const user = process.env.REGISTRY_USER;
    const password = process.env.REGISTRY_PASSWORD;
    const asked = new Set<string>();
    const keychain: Keychain = {
      resolve(host): Credential | undefined {
        asked.add(host);
        if (host !== registry || user === undefined || password === undefined) return undefined;
        return { kind: 'basic', username: user, password };
      },
    };
    const pushed = await flatten(source, `${registry}/examples/demo:flat`, {
      transport: { credentials: keychain },
      signal: AbortSignal.timeout(120_000),
    });
    console.log(`pushed ${pushed.reference} (${pushed.platforms[0]?.layersAfter} layer; credentials asked for ${[...asked].join(', ')})`);

    // 5. A registry's refusal: its HTTP status, the registry, and the distribution error code.
    try {
      await flatten(`${registry}/examples/no-such-image:1`, `oci:${out}:missing`, { transport: { credentials: keychain } });
    } catch (error) {
      if (!(error instanceof RegistryError)) throw error;
      console.log(`registry error: status ${error.status}, registry ${error.registry}, code ${error.code}, kind ${error.kind}`);
    }
  }
} finally {
  await source.close();
}

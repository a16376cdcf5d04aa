/**
 * The library API: flatten the demo image from one OCI layout into another, then inspect both.
 * Run from the repo root after `npm install`:  node examples/library.ts
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flatten, inspect } from '../src/index.ts';

const out = join(await mkdtemp(join(tmpdir(), 'flatten-example-')), 'layout');
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

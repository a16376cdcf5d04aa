import assert from 'node:assert/strict';
import { it } from 'node:test';
import { renderInspect, truncate } from '../../../src/cli/render-inspect.ts';

it('inspect cuts a long history step at 100 characters and says so with an ellipsis; short ones stay whole', () => {
  const long = `RUN ${'apt-get install -y package '.repeat(10)}`;
  const text = renderInspect({
    image: 'oci:x:y',
    digest: 'sha256:00',
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    images: [
      {
        platform: 'linux/amd64',
        digest: 'sha256:00',
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        layers: [
          { digest: `sha256:${'a'.repeat(64)}`, mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', size: 10, diffId: 'sha256:00' },
        ],
        history: [{ created_by: long }, { created_by: 'CMD ["sh"]', empty_layer: true }],
        totalSize: 10,
      },
    ],
  });
  const steps = text.split('\n').filter((line) => line.startsWith('    '));
  assert.equal(steps[0], `     ${long.trim().slice(0, 99)}…`);
  assert.equal(steps[1], '    (no layer)  CMD ["sh"]');
  assert.match(text, /^linux\/amd64: 1 layer, 10 B compressed$/m);
  assert.equal(truncate('abc', 3), 'abc');
  assert.equal(truncate('abcd', 3), 'ab…');
});

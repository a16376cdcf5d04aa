import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseKeyValues, parseUserSecret, parseWholeNumber } from '../../../src/cli/parse-options.ts';
import { FlattenError } from '../../../src/errors.ts';
import { sameLocation } from '../../../src/transport/open.ts';

const isUsage = (e: unknown) => e instanceof FlattenError && e.kind === 'usage';

describe('option values', () => {
  it('key=value pairs; the value may contain =', () => {
    assert.deepEqual(parseKeyValues(['a=1', 'b=x=y', 'c='], '--label'), { a: '1', b: 'x=y', c: '' });
    assert.throws(() => parseKeyValues(['=1'], '--label'), isUsage);
    assert.throws(() => parseKeyValues(['novalue'], '--label'), isUsage);
  });
  it('whole numbers within range', () => {
    assert.equal(parseWholeNumber('3', '--keep-base'), 3);
    assert.throws(() => parseWholeNumber('-1', '--keep-base'), isUsage);
    assert.throws(() => parseWholeNumber('1.5', '--keep-base'), isUsage);
    assert.throws(() => parseWholeNumber('10', '--level', 1, 9), isUsage);
  });
  it('credentials never echo the secret in errors', () => {
    assert.deepEqual(parseUserSecret('me:s3:cret', '--src-creds'), { kind: 'basic', username: 'me', password: 's3:cret' });
    assert.throws(
      () => parseUserSecret('onlysecretnocolon', '--src-creds'),
      (e: unknown) => isUsage(e) && !(e as Error).message.includes('onlysecretnocolon'),
    );
  });
});

describe('--force: writing over the source needs it', () => {
  it('same registry repository and tag is the same location', () => {
    assert.equal(sameLocation('localhost:5000/a/b:1', 'docker://localhost:5000/a/b:1'), true);
    assert.equal(sameLocation('alpine', 'docker.io/library/alpine:latest'), true);
    assert.equal(sameLocation('localhost:5000/a/b:1', 'localhost:5000/a/b:2'), false);
    assert.equal(sameLocation('localhost:5000/a/b:1', 'localhost:5000/a/c:1'), false);
    assert.equal(sameLocation('oci:/tmp/x:t', 'oci:/tmp/x/:t'), true);
    assert.equal(sameLocation('oci:/tmp/x:t', 'oci:/tmp/x:u'), false);
    assert.equal(sameLocation('oci:/tmp/x:t', 'localhost:5000/a/b:t'), false);
  });
});

describe('--upload HOST=STRATEGY[:MiB]', () => {
  it('sets the strategy and chunk size per registry host', async () => {
    const { parseUploadSettings } = await import('../../../src/cli/parse-options.ts');
    assert.deepEqual(parseUploadSettings(['ghcr.io=chunked:4', 'gcr.io=monolithic']), {
      'ghcr.io': { upload: { strategy: 'chunked', chunkSize: 4 * 1024 * 1024 } },
      'gcr.io': { upload: { strategy: 'monolithic' } },
    });
    assert.throws(() => parseUploadSettings(['ghcr.io=sideways']), isUsage);
    assert.throws(() => parseUploadSettings(['ghcr.io=chunked:0']), isUsage);
    assert.throws(() => parseUploadSettings(['chunked']), isUsage);
  });
});

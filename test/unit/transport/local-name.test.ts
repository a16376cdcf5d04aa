import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { isLocalName, parseLocalName } from '../../../src/transport/local.ts';

describe('on-disk image names follow skopeo: transport:PATH[:TAG]', () => {
  it('oci:DIR and oci:DIR:TAG', () => {
    assert.deepEqual(parseLocalName('oci:/tmp/layout'), { transport: 'oci', path: '/tmp/layout', tag: undefined });
    assert.deepEqual(parseLocalName('oci:out:v1.2'), { transport: 'oci', path: 'out', tag: 'v1.2' });
  });
  it('the path ends at its first colon', () => {
    assert.deepEqual(parseLocalName('oci-archive:a.tar:b:c'), { transport: 'oci-archive', path: 'a.tar', tag: 'b:c' });
  });
  it('a docker-archive name without a tag gets :latest, a registry port is not a tag', () => {
    assert.equal(parseLocalName('docker-archive:x.tar:app').tag, 'app:latest');
    assert.equal(parseLocalName('docker-archive:x.tar:localhost:5000/app').tag, 'localhost:5000/app:latest');
    assert.equal(parseLocalName('docker-archive:x.tar:app:1').tag, 'app:1');
    assert.equal(parseLocalName('docker-archive:x.tar').tag, undefined);
  });
  it('empty paths and tags are usage errors', () => {
    for (const bad of ['oci:', 'oci::tag', 'oci:dir:', 'docker-archive:x.tar:app@sha256:00', 'registry.io/app']) {
      assert.throws(
        () => parseLocalName(bad),
        (error: unknown) => error instanceof FlattenError && error.kind === 'usage',
        bad,
      );
    }
  });
  it('registry references are not local names', () => {
    assert.equal(isLocalName('docker.io/library/alpine:3'), false);
    assert.equal(isLocalName('localhost:5000/app'), false);
    assert.equal(isLocalName('oci-archive:/x.tar'), true);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { encodeJson } from '../../../src/image/digest.ts';
import { familyOf, layerMediaType, convertLayerMediaType } from '../../../src/image/family.ts';
import { classifyLayer } from '../../../src/image/layer-types.ts';
import { MediaType } from '../../../src/image/media-types.ts';
import { parseConfig, parseManifest } from '../../../src/image/parse.ts';
import { isAttestation, matchesPlatform, parsePlatform } from '../../../src/image/platform.ts';

const digest = `sha256:${'a'.repeat(64)}`;
const isContent = (pattern: RegExp) => (e: unknown) => e instanceof FlattenError && e.kind === 'content' && pattern.test(e.message);
const isUsage = (pattern: RegExp) => (e: unknown) => e instanceof FlattenError && e.kind === 'usage' && pattern.test(e.message);

describe('manifests are checked at the edge', () => {
  it('reads an OCI image manifest and an index', () => {
    const image = encodeJson(
      { schemaVersion: 2, mediaType: MediaType.ociManifest, config: { mediaType: MediaType.ociConfig, digest, size: 2 }, layers: [] },
      MediaType.ociManifest,
    );
    assert.equal(parseManifest(image, 'img').kind, 'image');
    const index = encodeJson({ schemaVersion: 2, mediaType: MediaType.dockerManifestList, manifests: [] }, MediaType.dockerManifestList);
    assert.equal(parseManifest(index, 'img').kind, 'index');
  });
  it('infers the type of an OCI manifest without mediaType from its shape', () => {
    const raw = encodeJson({ schemaVersion: 2, manifests: [] }, 'application/octet-stream');
    const parsed = parseManifest(raw, 'img');
    assert.equal(parsed.kind, 'index');
    assert.equal(parsed.mediaType, MediaType.ociIndex);
  });
  it('refuses Docker schema1 with a clear error', () => {
    const raw = encodeJson({ schemaVersion: 1, name: 'x', fsLayers: [] }, MediaType.dockerManifestSchema1Signed);
    assert.throws(() => parseManifest(raw, 'reg/x:1'), isContent(/reg\/x:1 is a Docker schema1 manifest/));
  });
  it('refuses bad descriptors, naming where', () => {
    const raw = encodeJson(
      {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: { mediaType: MediaType.ociConfig, digest: 'sha256:xyz', size: 2 },
        layers: [],
      },
      MediaType.ociManifest,
    );
    assert.throws(() => parseManifest(raw, 'img'), isContent(/config: descriptor digest "sha256:xyz"/));
    const neg = encodeJson(
      {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: { mediaType: MediaType.ociConfig, digest, size: 2 },
        layers: [{ mediaType: MediaType.ociLayerGzip, digest, size: -1 }],
      },
      MediaType.ociManifest,
    );
    assert.throws(() => parseManifest(neg, 'img'), isContent(/layers\[0\]: descriptor .* invalid size/));
  });
  it('refuses text that is not JSON', () => {
    assert.throws(
      () => parseManifest({ bytes: new TextEncoder().encode('<html>'), mediaType: 'text/html', digest }, 'img'),
      isContent(/not valid JSON/),
    );
  });
  it('config must have valid diff_ids', () => {
    assert.throws(
      () => parseConfig(new TextEncoder().encode('{"rootfs":{"type":"layers","diff_ids":["nope"]}}'), 'img'),
      isContent(/rootfs.diff_ids/),
    );
    assert.equal(parseConfig(new TextEncoder().encode(`{"rootfs":{"type":"layers","diff_ids":["${digest}"]},"x":1}`), 'img').x, 1);
  });
});

describe('media types follow the manifest family, never a mix', () => {
  it('derives the family from the manifest type', () => {
    assert.equal(familyOf(MediaType.dockerManifest), 'docker');
    assert.equal(familyOf(MediaType.ociIndex), 'oci');
  });
  it('gives layer types per family and compression', () => {
    assert.equal(layerMediaType('oci', 'gzip'), MediaType.ociLayerGzip);
    assert.equal(layerMediaType('oci', 'zstd'), MediaType.ociLayerZstd);
    assert.equal(layerMediaType('oci', 'none'), MediaType.ociLayer);
    assert.equal(layerMediaType('docker', 'gzip'), MediaType.dockerLayerGzip);
    assert.equal(layerMediaType('docker', 'none'), MediaType.dockerLayer);
    assert.throws(() => layerMediaType('docker', 'zstd'), isUsage(/options\.format oci/));
  });
  it('converts kept layers to the other family', () => {
    assert.equal(convertLayerMediaType(MediaType.ociLayerGzip, 'docker'), MediaType.dockerLayerGzip);
    assert.equal(convertLayerMediaType(MediaType.dockerLayerGzip, 'oci'), MediaType.ociLayerGzip);
    assert.throws(() => convertLayerMediaType(MediaType.ociLayerZstd, 'docker'), isUsage(/zstd/));
  });
  it('classifies layers: encrypted and unknown types are errors before any download', () => {
    assert.equal(classifyLayer(MediaType.dockerForeignLayerGzip, digest, 'img'), 'nondistributable');
    assert.equal(classifyLayer(MediaType.ociLayerZstd, digest, 'img'), 'layer');
    assert.throws(() => classifyLayer(`${MediaType.ociLayerGzip}+encrypted`, digest, 'img'), isContent(/encrypted/));
    assert.throws(
      () => classifyLayer('application/vnd.example.thing', digest, 'img'),
      isContent(/unsupported media type application\/vnd.example.thing/),
    );
  });
});

describe('platforms', () => {
  it('parses os/arch[/variant] and rejects anything else', () => {
    assert.deepEqual(parsePlatform('linux/arm64/v8', 'platforms'), { os: 'linux', architecture: 'arm64', variant: 'v8' });
    assert.deepEqual(parsePlatform('linux/amd64', 'platforms'), { os: 'linux', architecture: 'amd64' });
    for (const bad of ['linux', 'linux/', '/amd64', 'a/b/c/d', 'linux/am d64'])
      assert.throws(() => parsePlatform(bad, 'platforms'), isUsage(/^options\.platforms /));
  });
  it('a selector without variant matches every variant', () => {
    assert.equal(matchesPlatform({ os: 'linux', architecture: 'arm', variant: 'v7' }, parsePlatform('linux/arm', 'platforms')), true);
    assert.equal(matchesPlatform({ os: 'linux', architecture: 'arm', variant: 'v7' }, parsePlatform('linux/arm/v6', 'platforms')), false);
    assert.equal(matchesPlatform(undefined, parsePlatform('linux/arm', 'platforms')), false);
  });
  it('recognises attestation manifests', () => {
    assert.equal(
      isAttestation({ mediaType: MediaType.ociManifest, digest, size: 1, platform: { os: 'unknown', architecture: 'unknown' } }),
      true,
    );
    assert.equal(
      isAttestation({
        mediaType: MediaType.ociManifest,
        digest,
        size: 1,
        annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
      }),
      true,
    );
    assert.equal(
      isAttestation({ mediaType: MediaType.ociManifest, digest, size: 1, platform: { os: 'linux', architecture: 'amd64' } }),
      false,
    );
  });
});

import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { flatten, type FlattenResult } from '../../../src/flatten.ts';
import type { Descriptor } from '../../../src/image/types.ts';
import { parseReference } from '../../../src/reference/reference.ts';
import { registrySource } from '../../../src/transport/registry.ts';
import { openOciLayoutSource } from '../../../src/transport/oci-layout.ts';
import {
  type Artifact,
  attachByTagSchema,
  cosignSignature,
  getManifest,
  listReferrers,
  pushArtifact,
  sha256,
  slsaProvenance,
  spdxSbom,
} from '../../helpers/attached-artifacts.ts';
import { runCli, runCliJson } from '../../helpers/cli.ts';
import { run } from '../../helpers/run.ts';
import { buildImageLayout, pushFixture, tarOf, type FixtureLayout } from '../../helpers/fixture-image.ts';
import { startFaultProxy } from '../../helpers/fault-proxy.ts';
import { startReferrersServer, type ReferrersServer } from '../../helpers/referrers-server.ts';
import { type RegistryServer, startRegistry } from '../../helpers/registry-server.ts';

/**
 * Issue 14: what is attached to the source survives a flatten as far as it stays true. An SBOM
 * and an unsigned provenance statement are carried re-pointed at the new digest, a cosign
 * signature is dropped with a hint to sign the result, our own provenance is added on request;
 * on distribution 2.8 (tag schema, for real) and behind a server with the referrers API.
 */

interface Json {
  schemaVersion: number;
  subject?: Descriptor;
  layers: Descriptor[];
  config: Descriptor;
  annotations?: Record<string, string>;
  artifactType?: string;
}

const parse = <T = Json>(bytes: Uint8Array): T => JSON.parse(Buffer.from(bytes).toString('utf8')) as T;

async function blob(host: string, repo: string, digest: string): Promise<Buffer> {
  const response = await fetch(`http://${host}/v2/${repo}/blobs/${digest}`);
  assert.equal(response.status, 200, `blob ${digest} in ${repo}`);
  return Buffer.from(await response.arrayBuffer());
}

async function manifestJson(host: string, repo: string, digest: string): Promise<Json> {
  const found = await getManifest(host, repo, digest);
  assert.equal(found.status, 200, `manifest ${digest} in ${repo}`);
  return parse(found.bytes);
}

/** A carried artifact is the source's manifest with only `subject` (and a rewritten statement) changed. */
function withoutSubject(manifest: Json): Omit<Json, 'subject'> {
  const { subject: _, ...rest } = manifest;
  return rest;
}

describe('referrers across a flatten (issue 14)', () => {
  let registry: RegistryServer;
  let api: ReferrersServer;
  let fixture: FixtureLayout;
  let sourceDigest: string;
  let sourceDescriptor: Descriptor;
  let sbom: Artifact;
  let provenance: Artifact;
  let signature: Artifact;

  before(async () => {
    registry = await startRegistry();
    api = await startReferrersServer(registry.host, { pageSize: 1 });
    fixture = await buildImageLayout({
      layers: [await tarOf([{ path: 'etc/os-release', content: 'ID=fixture\n' }]), await tarOf([{ path: 'app', content: 'app\n' }])],
    });
    sourceDigest = fixture.manifestDigest;
    const sourceManifest = fixture.images[0]?.manifest;
    assert.ok(sourceManifest);
    sourceDescriptor = { mediaType: sourceManifest.mediaType, digest: sourceDigest, size: sourceManifest.bytes.byteLength };
    sbom = spdxSbom(sourceDescriptor);
    provenance = slsaProvenance(sourceDescriptor);
    // Tag schema on the plain registry, as oras and cosign write it there.
    await pushFixture(fixture, registry.host, 'src/app', 'v1');
    await attachByTagSchema(registry.host, 'src/app', sbom, sourceDigest);
    await attachByTagSchema(registry.host, 'src/app', provenance, sourceDigest);
    signature = cosignSignature(sourceDigest, `${registry.host}/src/app`);
    await pushArtifact(registry.host, 'src/app', signature, `${sourceDigest.replace(':', '-')}.sig`);
    // The same through the referrers API server, which indexes them itself.
    await pushFixture(fixture, api.host, 'api/app', 'v1');
    for (const artifact of [sbom, provenance]) {
      const response = await pushArtifact(api.host, 'api/app', artifact);
      assert.equal(response.headers.get('oci-subject'), sourceDigest, 'the test server indexes what has a subject');
    }
    await pushArtifact(api.host, 'api/app', signature, `${sourceDigest.replace(':', '-')}.sig`);
  });

  after(async () => {
    await api?.stop();
    await registry?.stop();
    await fixture?.cleanup();
  });

  /** Checks what the target lists for `digest`: the SBOM and provenance re-pointed, bytes otherwise unchanged. */
  async function assertCarried(host: string, repo: string, result: FlattenResult): Promise<Descriptor[]> {
    const listed = await listReferrers(host, repo, result.digest);
    const byAction = (action: string) => result.referrers.filter((r) => r.action === action);
    assert.deepEqual(
      byAction('carried')
        .map((r) => r.digest)
        .sort(),
      [sbom.manifest.digest, provenance.manifest.digest].sort(),
    );
    const dropped = byAction('dropped');
    assert.equal(dropped.length, 1, JSON.stringify(result.referrers));
    assert.equal(dropped[0]?.digest, signature.manifest.digest);
    assert.match(
      dropped[0]?.reason ?? '',
      /cosign signature over the source digest would not verify .*sign the result: cosign sign, notation sign/,
    );
    for (const carried of byAction('carried')) {
      assert.equal(carried.subject, result.digest);
      assert.ok(
        listed.some((d) => d.digest === carried.written),
        `${carried.written} is listed`,
      );
    }

    const newSbom = await manifestJson(host, repo, result.referrers.find((r) => r.digest === sbom.manifest.digest)?.written ?? '');
    assert.equal(newSbom.subject?.digest, result.digest);
    assert.deepEqual(withoutSubject(newSbom), withoutSubject(parse(sbom.manifest.bytes)), 'the SBOM manifest: only its subject changed');
    const document = sbom.blobs[1] as Uint8Array;
    assert.deepEqual(await blob(host, repo, sha256(document)), Buffer.from(document), 'the SPDX document is the same blob');

    const newProvenance = await manifestJson(
      host,
      repo,
      result.referrers.find((r) => r.digest === provenance.manifest.digest)?.written ?? '',
    );
    assert.equal(newProvenance.subject?.digest, result.digest);
    const statement = parse<{ subject: { digest: { sha256: string } }[] }>(await blob(host, repo, newProvenance.layers[0]?.digest ?? ''));
    const original = parse<{ subject: { digest: { sha256: string } }[] }>(provenance.blobs[1] as Uint8Array);
    assert.equal(statement.subject[0]?.digest.sha256, result.digest.slice('sha256:'.length), 'the statement names the new digest');
    assert.deepEqual({ ...statement, subject: original.subject }, original, 'the statement is otherwise unchanged');
    return listed;
  }

  it('tag schema (distribution 2.8): SBOM and provenance carried, the signature dropped, our provenance added; a rerun adds nothing', async () => {
    const target = `${registry.host}/out/app:v1`;
    const result = await runCliJson<FlattenResult>([
      `${registry.host}/src/app:v1`,
      '--to',
      target,
      '--provenance',
      '--created',
      '2024-05-01T00:00:00Z',
    ]);
    const listed = await assertCarried(registry.host, 'out/app', result);
    const added = result.referrers.filter((r) => r.action === 'added');
    assert.equal(added.length, 1);
    assert.match(added[0]?.reason ?? '', /listed in the tag-schema index/);
    assert.equal(listed.length, 3, 'SBOM, provenance and ours');
    const ours = await manifestJson(registry.host, 'out/app', added[0]?.digest ?? '');
    assert.equal(ours.subject?.digest, result.digest);
    const statement = parse<{
      _type: string;
      predicateType: string;
      subject: unknown;
      predicate: { buildDefinition: { resolvedDependencies: unknown }; runDetails: { metadata: { startedOn?: string } } };
    }>(await blob(registry.host, 'out/app', ours.layers[0]?.digest ?? ''));
    assert.equal(statement._type, 'https://in-toto.io/Statement/v1');
    assert.equal(statement.predicateType, 'https://slsa.dev/provenance/v1');
    assert.deepEqual(statement.subject, [{ name: target, digest: { sha256: result.digest.slice(7) } }]);
    assert.deepEqual(statement.predicate.buildDefinition.resolvedDependencies, [
      { uri: `docker://${registry.host}/src/app:v1`, digest: { sha256: sourceDigest.slice(7) }, mediaType: sourceDescriptor.mediaType },
    ]);
    assert.equal(statement.predicate.runDetails.metadata.startedOn, '2024-05-01T00:00:00Z');
    assert.equal(
      (await getManifest(registry.host, 'out/app', `${result.digest.replace(':', '-')}.sig`)).status,
      404,
      'no signature copied',
    );

    const again = await runCliJson<FlattenResult>([
      `${registry.host}/src/app:v1`,
      '--to',
      target,
      '--provenance',
      '--created',
      '2024-05-01T00:00:00Z',
    ]);
    assert.equal(again.digest, result.digest);
    assert.deepEqual(again.referrers, result.referrers, 'the same decisions and the same digests (our statement is deterministic)');
    assert.deepEqual(await listReferrers(registry.host, 'out/app', result.digest), listed, 'no duplicate entries');
  });

  it('referrers API: found page by page (Link), written through the API; an artifactType filter is honoured', async () => {
    const listingsBefore = api.listings.length;
    const result = await runCliJson<FlattenResult>([`${api.host}/api/app:v1`, '--to', `${api.host}/api-out/app:v1`, '--provenance']);
    const seen = api.listings.slice(listingsBefore);
    assert.ok(
      seen.some((path) => path === `/v2/api/app/referrers/${sourceDigest}`),
      seen.join('\n'),
    );
    assert.ok(
      seen.some((path) => path.startsWith(`/v2/api/app/referrers/${sourceDigest}?last=1`)),
      'the second page was followed',
    );
    const listed = await assertCarried(api.host, 'api-out/app', result);
    assert.equal(listed.length, 3);
    assert.ok(result.referrers.filter((r) => r.action !== 'dropped').every((r) => r.reason.includes('indexed by the referrers API')));
    assert.equal((await getManifest(registry.host, 'api-out/app', result.digest.replace(':', '-'))).status, 404, 'no tag-schema index');

    const source = registrySource(parseReference(`${api.host}/api/app:v1`));
    try {
      const sboms = (await source.referrers?.(sourceDescriptor, { artifactType: 'application/spdx+json' })) ?? [];
      assert.deepEqual(
        sboms.map((f) => f.descriptor.digest),
        [sbom.manifest.digest],
      );
      assert.ok(api.listings.at(-1)?.includes('artifactType=application%2Fspdx%2Bjson'));
    } finally {
      await source.close();
    }
  });

  it('--dry-run: the same decisions, reported, and nothing written', async () => {
    const result = await runCliJson<FlattenResult>([`${registry.host}/src/app:v1`, '--to', `${registry.host}/dry/app:v1`, '--dry-run']);
    assert.deepEqual(
      result.referrers.map((r) => [r.digest, r.action]).sort(),
      [
        [sbom.manifest.digest, 'carried'],
        [provenance.manifest.digest, 'carried'],
        [signature.manifest.digest, 'dropped'],
      ].sort(),
    );
    assert.ok(result.referrers.filter((r) => r.action === 'carried').every((r) => r.reason.endsWith('(dry run: nothing written)')));
    assert.equal((await getManifest(registry.host, 'dry/app', 'v1')).status, 404);
  });

  it('--referrers none: nothing attached to the result', async () => {
    const result = await runCliJson<FlattenResult>([
      `${registry.host}/src/app:v1`,
      '--to',
      `${registry.host}/none/app:v1`,
      '--referrers',
      'none',
    ]);
    assert.deepEqual(result.referrers, []);
    assert.deepEqual(await listReferrers(registry.host, 'none/app', result.digest), []);
  });

  it('a referrer the registry refuses is a warning naming it: the image is complete and tagged, exit 0', async () => {
    const proxy = await startFaultProxy(registry.host);
    try {
      proxy.faults.push({
        name: 'no referrers here',
        match: (request) => request.method === 'PUT' && /\/manifests\/sha256:/.test(request.url ?? ''),
        action: { type: 'respond', status: 403, body: JSON.stringify({ errors: [{ code: 'DENIED', message: 'artifacts not allowed' }] }) },
      });
      const result = await runCli([
        `${proxy.host}/src/app:v1`,
        '--to',
        `${proxy.host}/refused/app:v1`,
        '--provenance',
        '--json',
        '--retries',
        '0',
      ]);
      assert.equal(result.code, 0, result.stderr);
      const json = JSON.parse(result.stdout) as FlattenResult;
      assert.equal((await getManifest(registry.host, 'refused/app', 'v1')).status, 200, 'the image is tagged');
      const notWritten = json.referrers.filter((r) => r.reason.startsWith('not written: '));
      assert.equal(notWritten.length, 3, JSON.stringify(json.referrers));
      assert.ok(notWritten.every((r) => r.action === 'dropped' && /DENIED: artifacts not allowed/.test(r.reason)));
      assert.equal(
        result.stderr.match(/^warning: .* was not (carried|written): .*the image itself is complete$/gm)?.length,
        3,
        result.stderr,
      );
    } finally {
      await proxy.stop();
    }
  });

  it('a cosign tag the registry refuses costs only itself: a warning, the SBOM and provenance still carried', async () => {
    const proxy = await startFaultProxy(registry.host);
    try {
      proxy.faults.push({
        name: 'no cosign tags',
        match: (request) => request.method === 'GET' && /\/manifests\/sha256-[a-f0-9]+\.sig$/.test(request.url ?? ''),
        action: { type: 'respond', status: 403, body: JSON.stringify({ errors: [{ code: 'DENIED', message: 'no' }] }) },
      });
      const result = await runCli([`${proxy.host}/src/app:v1`, '--to', `${proxy.host}/partial/app:v1`, '--json']);
      assert.equal(result.code, 0, result.stderr);
      const json = JSON.parse(result.stdout) as FlattenResult;
      assert.deepEqual(
        json.referrers.map((r) => [r.digest, r.action]).sort(),
        [
          [sbom.manifest.digest, 'carried'],
          [provenance.manifest.digest, 'carried'],
        ].sort(),
      );
      assert.match(
        result.stderr,
        /^warning: cosign's tag src\/app:sha256-[a-f0-9]{64}\.sig could not be read \(.*DENIED: no.*\); what it holds is not carried$/m,
      );
    } finally {
      await proxy.stop();
    }
  });

  it('a referrers page linking to another host is not followed: a warning, nothing carried from that list', async () => {
    const proxy = await startFaultProxy(api.host);
    try {
      proxy.faults.push({
        name: 'link elsewhere',
        match: (request) => request.method === 'GET' && (request.url ?? '').includes('/referrers/'),
        action: {
          type: 'respond',
          status: 200,
          headers: { 'content-type': 'application/vnd.oci.image.index.v1+json', link: '<http://127.0.0.2:9/v2/x/referrers/y>; rel="next"' },
          body: JSON.stringify({ schemaVersion: 2, manifests: [] }),
        },
      });
      const result = await runCli([`${proxy.host}/api/app:v1`, '--to', `${proxy.host}/elsewhere/app:v1`, '--json']);
      assert.equal(result.code, 0, result.stderr);
      assert.match(
        result.stderr,
        /^warning: the referrers of .* could not be listed \(.*the next page is on another host \(http:\/\/127\.0\.0\.2:9\); not followed\); none carried$/m,
      );
    } finally {
      await proxy.stop();
    }
  });

  it('interrupted while referrers are written: the tagged image stands, the run resolves with a warning', async () => {
    const controller = new AbortController();
    const warnings: string[] = [];
    const result = await flatten({
      source: `${registry.host}/src/app:v1`,
      target: `${registry.host}/interrupted/app:v1`,
      signal: controller.signal,
      onProgress: (event) => {
        if (event.type === 'warning') warnings.push(event.message);
        if (event.type === 'note' && event.message.startsWith('referrer ')) controller.abort(new Error('test interrupt'));
      },
    });
    assert.equal(result.referrers.length, 1, 'the first decision was made, then the phase stopped');
    assert.deepEqual(warnings, ['interrupted after the image was tagged: the remaining referrers were not written']);
    assert.equal((await getManifest(registry.host, 'interrupted/app', 'v1')).status, 200);
  });

  it('an archive target holds no referrers: each carried artifact is a warning, exit 0', async () => {
    const work = await mkdtemp(join(tmpdir(), 'oci-flatten-referrers-'));
    try {
      // An archive target holds no referrers: said once as a warning about the option, and per artifact.
      const result = await runCli([`${registry.host}/src/app:v1`, '--to', `oci-archive:${join(work, 'a.tar')}`, '--provenance', '--json']);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /^warning: --provenance has no effect on a oci-archive: target, which holds no referrers$/m);
      const json = JSON.parse(result.stdout) as FlattenResult;
      assert.ok(json.referrers.length > 0);
      assert.ok(
        json.referrers.every((r) => r.action === 'dropped'),
        JSON.stringify(json.referrers),
      );
      assert.match(
        result.stderr,
        /^warning: referrer sha256:[a-f0-9]{64} was not carried: .* cannot hold referrers; the image itself is complete$/m,
      );
      assert.ok((await readFile(join(work, 'a.tar'))).byteLength > 0);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('an index with a buildx attestation manifest into an oci: layout: carried as a referrer of the new child, in index.json', async () => {
    const multi = await buildImageLayout({
      images: [
        { layers: [await tarOf([{ path: 'a', content: 'amd64\n' }])], platform: { os: 'linux', architecture: 'amd64' } },
        { layers: [await tarOf([{ path: 'a', content: 'arm64\n' }])], platform: { os: 'linux', architecture: 'arm64' } },
      ],
      attestation: true,
    });
    const work = await mkdtemp(join(tmpdir(), 'oci-flatten-referrers-'));
    try {
      await pushFixture(multi, registry.host, 'src/multi', 'v1');
      const layout = join(work, 'layout');
      const result = await runCliJson<FlattenResult>([`${registry.host}/src/multi:v1`, '--to', `oci:${layout}:flat`, '--provenance']);
      const amd64 = result.platforms.find((p) => p.platform === 'linux/amd64')?.digest ?? '';
      const carried = result.referrers.filter((r) => r.action === 'carried');
      assert.deepEqual(
        carried.map((r) => [r.digest, r.subject]),
        [[multi.attestationDigest, amd64]],
      );
      assert.match(
        carried[0]?.reason ?? '',
        /^buildx attestation manifest \(https:\/\/slsa\.dev\/provenance\/v0\.2\): unsigned; .*index\.json/,
      );
      // Ours: one per flattened manifest, the two children and the index.
      assert.deepEqual(
        result.referrers
          .filter((r) => r.action === 'added')
          .map((r) => r.subject)
          .sort(),
        [amd64, result.platforms[1]?.digest, result.digest].sort(),
      );

      const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as { manifests: Descriptor[] };
      const entry = index.manifests.find((d) => d.digest === carried[0]?.written);
      assert.ok(entry, 'the carried attestation is listed in index.json');
      assert.equal(entry.annotations?.['vnd.docker.reference.digest'], amd64);
      const blobPath = (digest: string) => join(layout, 'blobs', 'sha256', digest.slice(7));
      const attestation = parse(await readFile(blobPath(entry.digest)));
      assert.equal(attestation.subject?.digest, amd64);
      const statement = parse<{ subject: { digest: { sha256: string } }[] }>(await readFile(blobPath(attestation.layers[0]?.digest ?? '')));
      assert.equal(statement.subject[0]?.digest.sha256, amd64.slice(7));
      const config = parse<{ rootfs: { diff_ids: string[] } }>(await readFile(blobPath(attestation.config.digest)));
      assert.deepEqual(
        config.rootfs.diff_ids,
        [attestation.layers[0]?.digest],
        "the attestation config's diff_ids follow the rewritten statement",
      );

      // The layout reads back: the tag still names the index, and the layout lists the child's referrers.
      const source = await openOciLayoutSource(layout, 'flat');
      assert.equal((await source.getRootManifest()).digest, result.digest);
      const found = (await source.referrers?.({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: amd64, size: 0 })) ?? [];
      assert.equal(found.length, 2, 'the attestation and our provenance');
      await source.close();

      const again = await runCliJson<FlattenResult>([`${registry.host}/src/multi:v1`, '--to', `oci:${layout}:flat`, '--provenance']);
      assert.equal(again.digest, result.digest);
      const reread = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as { manifests: Descriptor[] };
      // The tag's entry moves to the end (commit writes it last); nothing is added.
      const byDigest = (a: Descriptor, b: Descriptor) => (a.digest < b.digest ? -1 : 1);
      assert.deepEqual(reread.manifests.sort(byDigest), index.manifests.sort(byDigest), 'a repeated run adds no entry to index.json');
    } finally {
      await multi.cleanup();
      await rm(work, { recursive: true, force: true });
    }
  });

  it('--sign-key: a cosign simple-signing signature under sha256-<hex>.sig that openssl verifies; a rerun signs nothing twice', async () => {
    const work = await mkdtemp(join(tmpdir(), 'oci-flatten-sign-'));
    try {
      const key = join(work, 'key.pem');
      const publicKey = join(work, 'key.pub');
      await run('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
      await run('openssl', ['pkey', '-in', key, '-pubout', '-out', publicKey]);
      const target = `${registry.host}/signed/app:v1`;
      const result = await runCliJson<FlattenResult>([`${registry.host}/src/app:v1`, '--to', target, '--sign-key', key]);
      const tag = `${result.digest.replace(':', '-')}.sig`;
      const added = result.referrers.filter((r) => r.action === 'added');
      assert.equal(added.length, 1, JSON.stringify(result.referrers));
      assert.match(added[0]?.reason ?? '', new RegExp(`cosign signature by .*key\\.pem under tag ${tag}`));

      const signatures = await manifestJson(registry.host, 'signed/app', tag);
      assert.equal(signatures.layers.length, 1);
      const layer = signatures.layers[0] as Descriptor;
      assert.equal(layer.mediaType, 'application/vnd.dev.cosign.simplesigning.v1+json');
      const payload = await blob(registry.host, 'signed/app', layer.digest);
      const claim = JSON.parse(payload.toString('utf8')) as { critical: Record<string, Record<string, string>> & { type: string } };
      assert.deepEqual(claim.critical, {
        identity: { 'docker-reference': `${registry.host}/signed/app` },
        image: { 'docker-manifest-digest': result.digest },
        type: 'cosign container image signature',
      });
      // Verified by openssl, not by our code: ECDSA P-256 over SHA-256 of the payload, DER, base64 in the annotation.
      await writeFile(join(work, 'payload'), payload);
      await writeFile(join(work, 'signature'), Buffer.from(layer.annotations?.['dev.cosignproject.cosign/signature'] ?? '', 'base64'));
      const verified = await run('openssl', [
        'dgst',
        '-sha256',
        '-verify',
        publicKey,
        '-signature',
        join(work, 'signature'),
        join(work, 'payload'),
      ]);
      assert.match(verified.stdout, /^Verified OK$/m);
      await writeFile(join(work, 'payload'), Buffer.concat([payload, Buffer.from(' ')]));
      const tampered = await run(
        'openssl',
        ['dgst', '-sha256', '-verify', publicKey, '-signature', join(work, 'signature'), join(work, 'payload')],
        { check: false },
      );
      assert.notEqual(tampered.code, 0, 'openssl refuses a changed payload');
      const config = JSON.parse((await blob(registry.host, 'signed/app', signatures.config.digest)).toString('utf8')) as {
        rootfs: { diff_ids: string[] };
      };
      assert.deepEqual(config.rootfs.diff_ids, [layer.digest]);

      const again = await runCliJson<FlattenResult>([`${registry.host}/src/app:v1`, '--to', target, '--sign-key', key]);
      assert.match(again.referrers.find((r) => r.action === 'added')?.reason ?? '', /already under tag .*; nothing written/);
      assert.equal((await manifestJson(registry.host, 'signed/app', tag)).layers.length, 1, 'no second signature of the same payload');

      const bad = join(work, 'rsa.pem');
      await run('openssl', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024', '-out', bad]);
      const refused = await runCli([`${registry.host}/src/app:v1`, '--to', `${registry.host}/signed/other:v1`, '--sign-key', bad]);
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /^flatten: --sign-key .*rsa\.pem: not an ECDSA P-256 key \(cosign's key type\)$/m);
      assert.equal((await getManifest(registry.host, 'signed/other', 'v1')).status, 404, 'refused before any work');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

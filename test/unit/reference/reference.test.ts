import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FlattenError } from '../../../src/errors.ts';
import { isLoopbackRegistry, parseReference, registryHost, withDigest, withTag } from '../../../src/reference/reference.ts';

const SHA = `sha256:${'a'.repeat(64)}`;

const rejects = (input: string, why: RegExp): void => {
  assert.throws(
    () => parseReference(input),
    (error: unknown) => {
      assert.ok(error instanceof FlattenError);
      assert.equal(error.kind, 'usage');
      assert.ok(error.message.startsWith(`invalid reference "${input}": `), error.message);
      assert.match(error.message, why);
      return true;
    },
  );
};

describe('references parse as docker pull understands them', () => {
  it('a bare name is a Docker Hub library image with tag latest', () => {
    const ref = parseReference('alpine');
    assert.equal(ref.registry, 'docker.io');
    assert.equal(ref.repository, 'library/alpine');
    assert.equal(ref.tag, 'latest');
    assert.equal(ref.digest, undefined);
    assert.equal(ref.toString(), 'docker.io/library/alpine:latest');
    assert.equal(registryHost(ref.registry), 'registry-1.docker.io');
  });

  it('a Docker Hub user image keeps its namespace; index.docker.io is Docker Hub', () => {
    assert.equal(parseReference('user/app:1.0').toString(), 'docker.io/user/app:1.0');
    assert.equal(parseReference('index.docker.io/alpine').toString(), 'docker.io/library/alpine:latest');
    assert.equal(parseReference('docker.io/library/alpine:3').repository, 'library/alpine');
  });

  it('registry with port, nested namespaces and a tag', () => {
    const ref = parseReference('127.0.0.1:5000/team/sub/app:flat');
    assert.equal(ref.registry, '127.0.0.1:5000');
    assert.equal(ref.repository, 'team/sub/app');
    assert.equal(ref.tag, 'flat');
    assert.equal(registryHost(ref.registry), '127.0.0.1:5000');
  });

  it('a first component is a registry only with a dot, a colon or localhost', () => {
    assert.equal(parseReference('localhost/app').registry, 'localhost');
    assert.equal(parseReference('localhost:5000/app').registry, 'localhost:5000');
    assert.equal(parseReference('ghcr.io/o/r').registry, 'ghcr.io');
    assert.equal(parseReference('myhost/app').registry, 'docker.io');
    assert.equal(parseReference('myhost/app').repository, 'myhost/app');
    assert.equal(parseReference('My.Host/app').registry, 'My.Host');
  });

  it('IPv6 registries are written in brackets with a port', () => {
    const ref = parseReference('[::1]:5000/app:v1');
    assert.equal(ref.registry, '[::1]:5000');
    assert.equal(ref.repository, 'app');
    assert.equal(ref.tag, 'v1');
    assert.ok(isLoopbackRegistry(ref.registry));
  });

  it('a digest reference has no default tag; tag and digest may be combined', () => {
    const byDigest = parseReference(`alpine@${SHA}`);
    assert.equal(byDigest.tag, undefined);
    assert.equal(byDigest.digest, SHA);
    assert.equal(byDigest.toString(), `docker.io/library/alpine@${SHA}`);
    const both = parseReference(`reg.example:443/a/b:v2@${SHA}`);
    assert.equal(both.tag, 'v2');
    assert.equal(both.digest, SHA);
    assert.equal(both.toString(), `reg.example:443/a/b:v2@${SHA}`);
  });

  it('toString round-trips through parseReference', () => {
    for (const input of ['alpine', 'a.b/c/d:e', `localhost:1/x@${SHA}`, `[::1]:2/y:z@${SHA}`]) {
      const ref = parseReference(input);
      assert.equal(parseReference(ref.toString()).toString(), ref.toString());
    }
  });
});

describe('invalid references are usage errors that say what is wrong', () => {
  it('repository name must be lowercase', () => rejects('Foo/bar', /must be lowercase/));
  it('uppercase after a registry is rejected too', () => rejects('ghcr.io/Org/app', /must be lowercase/));
  it('digest hex length is validated', () => rejects(`alpine@sha256:${'a'.repeat(63)}`, /64 hex characters, got 63/));
  it('digest hex must be lowercase', () => rejects(`alpine@sha256:${'A'.repeat(64)}`, /lowercase hex/));
  it('unknown digest algorithm', () => rejects(`alpine@md5:${'a'.repeat(32)}`, /not supported/));
  it('tag grammar [\\w][\\w.-]{0,127}', () => {
    rejects('alpine:.bad', /tag ".bad"/);
    rejects(`alpine:${'t'.repeat(129)}`, /tag/);
    assert.equal(parseReference(`alpine:${'t'.repeat(128)}`).tag, 't'.repeat(128));
  });
  it('empty, whitespace, URL schemes and empty components', () => {
    rejects('', /empty/);
    rejects('alp ine', /whitespace/);
    rejects('https://ghcr.io/a/b', /scheme/);
    rejects('ghcr.io//b', /empty path component/);
    rejects('ghcr.io/', /empty/);
  });
  it('bad separators in a path component', () => rejects('a/-b', /path component "-b"/));
  it('port out of range', () => rejects('host:70000/app', /out of range/));
});

describe('reference helpers', () => {
  it('withTag replaces tag and drops digest; withDigest validates', () => {
    const ref = parseReference(`r.io/a:b@${SHA}`);
    assert.equal(withTag(ref, 'c').toString(), 'r.io/a:c');
    assert.equal(withDigest(parseReference('r.io/a:b'), SHA).toString(), `r.io/a:b@${SHA}`);
    assert.throws(() => withDigest(ref, 'sha256:abc'), /64 hex/);
    assert.throws(() => withTag(ref, '-x'), /invalid tag/);
  });
  it('loopback registries are localhost, 127/8 and ::1 only', () => {
    assert.ok(isLoopbackRegistry('localhost:5000'));
    assert.ok(isLoopbackRegistry('127.0.0.1:5000'));
    assert.ok(isLoopbackRegistry('127.1.2.3'));
    assert.ok(!isLoopbackRegistry('10.0.0.1:5000'));
    assert.ok(!isLoopbackRegistry('localhost.example.com'));
    assert.ok(!isLoopbackRegistry('docker.io'));
  });
});

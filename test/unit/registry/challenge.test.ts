import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeScopes, parseChallenge, repositoryScope, scopesCover } from '../../../src/registry/challenge.ts';

describe('WWW-Authenticate challenges', () => {
  it('bearer realm, service and space-separated scopes are read', () => {
    const challenge = parseChallenge(
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull repository:x/y:push"',
    );
    assert.deepEqual(challenge, {
      scheme: 'bearer',
      realm: 'https://auth.docker.io/token',
      service: 'registry.docker.io',
      scopes: ['repository:library/alpine:pull', 'repository:x/y:push'],
    });
  });
  it('scheme is case-insensitive, unquoted values and escapes are accepted', () => {
    const challenge = parseChallenge('bearer realm=https://r/t, service="a\\"b"');
    assert.equal(challenge?.scheme, 'bearer');
    assert.equal(challenge?.realm, 'https://r/t');
    assert.equal(challenge?.service, 'a"b');
    assert.deepEqual(challenge?.scopes, []);
  });
  it('basic challenges and unknown schemes', () => {
    assert.equal(parseChallenge('Basic realm="Registry Realm"')?.scheme, 'basic');
    assert.equal(parseChallenge('Negotiate abc'), undefined);
    assert.equal(parseChallenge(undefined), undefined);
  });
});

describe('token scopes: push first, pull added for mount sources', () => {
  it('actions of one repository are merged and push is listed first', () => {
    assert.deepEqual(mergeScopes(['repository:a:pull', 'repository:a:push']), ['repository:a:push,pull']);
  });
  it('the push scope comes before pull-only scopes of other repositories', () => {
    assert.deepEqual(mergeScopes(['repository:src:pull', repositoryScope('dst', ['push', 'pull'])]), [
      'repository:dst:push,pull',
      'repository:src:pull',
    ]);
  });
  it('registry names with ports keep their colon', () => {
    assert.deepEqual(mergeScopes(['repository:host:5000/a:pull', 'repository:host:5000/a:push']), ['repository:host:5000/a:push,pull']);
  });
  it('coverage: a push,pull token covers pull, a pull token does not cover push', () => {
    assert.ok(scopesCover(['repository:a:push,pull'], ['repository:a:pull']));
    assert.ok(!scopesCover(['repository:a:pull'], ['repository:a:push']));
    assert.ok(!scopesCover(['repository:a:pull'], ['repository:b:pull']));
  });
});

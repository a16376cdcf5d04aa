import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseUserSecret } from '../../../src/cli/parse-options.ts';
import { findKey, lookupConfig, serverUrlFor } from '../../../src/registry/credentials/docker-config.ts';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('Docker config lookup', () => {
  it('credHelpers[host] wins over credsStore, which wins over auths', () => {
    const config = { credHelpers: { 'ghcr.io': 'gh' }, credsStore: 'desktop', auths: { 'ghcr.io': { auth: b64('u:p') } } };
    assert.deepEqual(lookupConfig(config, 'ghcr.io'), { kind: 'helper', helper: 'gh', serverUrl: 'ghcr.io' });
    assert.deepEqual(lookupConfig(config, 'quay.io'), { kind: 'helper', helper: 'desktop', serverUrl: 'quay.io' });
    assert.deepEqual(lookupConfig({ auths: config.auths }, 'ghcr.io'), {
      kind: 'credential',
      credential: { kind: 'basic', username: 'u', password: 'p' },
      key: 'ghcr.io',
    });
  });
  it('Docker Hub uses the https://index.docker.io/v1/ key and server URL', () => {
    const config = { auths: { 'https://index.docker.io/v1/': { auth: b64('hub:pw') } } };
    assert.equal(lookupConfig(config, 'docker.io')?.kind, 'credential');
    assert.equal(serverUrlFor('docker.io'), 'https://index.docker.io/v1/');
    assert.equal(serverUrlFor('registry-1.docker.io'), 'https://index.docker.io/v1/');
  });
  it('keys may carry a scheme and a path; the host must match exactly', () => {
    assert.equal(findKey(['https://reg.example:5000/v2/'], 'reg.example:5000'), 'https://reg.example:5000/v2/');
    assert.equal(findKey(['reg.example'], 'reg.example:5000'), undefined);
    assert.equal(findKey(['evilreg.example'], 'reg.example'), undefined);
  });
  it('namespace keys: the most specific match wins, and only for that repository', () => {
    const keys = ['quay.io', 'quay.io/team', 'quay.io/team/app', 'quay.io/other'];
    assert.equal(findKey(keys, 'quay.io', 'team/app'), 'quay.io/team/app');
    assert.equal(findKey(keys, 'quay.io', 'team/lib'), 'quay.io/team');
    assert.equal(findKey(keys, 'quay.io', 'solo/x'), 'quay.io');
    assert.equal(findKey(['quay.io/team'], 'quay.io', 'teamster/x'), undefined);
  });
  it('identitytoken and registrytoken entries', () => {
    assert.deepEqual(lookupConfig({ auths: { r: { identitytoken: 'it', username: 'u' } } }, 'r'), {
      kind: 'credential',
      credential: { kind: 'identity', username: 'u', token: 'it' },
      key: 'r',
    });
    assert.deepEqual(lookupConfig({ auths: { r: { registrytoken: 'rt' } } }, 'r'), {
      kind: 'credential',
      credential: { kind: 'registry-token', token: 'rt' },
      key: 'r',
    });
  });
  it('entries without usable credentials are skipped', () => {
    assert.equal(lookupConfig({ auths: { r: {} } }, 'r'), undefined);
    assert.equal(lookupConfig({ auths: { r: { auth: b64('nocolon') } } }, 'r'), undefined);
    assert.equal(lookupConfig('not an object', 'r'), undefined);
  });
  it('user:secret flags keep colons in the secret and never echo it', () => {
    assert.deepEqual(parseUserSecret('u:a:b', '--creds'), { kind: 'basic', username: 'u', password: 'a:b' });
    assert.throws(
      () => parseUserSecret(':hidden-value', '--creds'),
      (error: Error) => !error.message.includes('hidden-value'),
    );
  });
});

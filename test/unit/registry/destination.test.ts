import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkServerChosenUrl, forbiddenAddress } from '../../../src/registry/destination.ts';
import { RegistryError } from '../../../src/registry/errors.ts';

it('link-local, metadata and unspecified addresses are forbidden; loopback, private and public ones are not', async () => {
  for (const host of ['169.254.169.254', '169.254.0.1', '[fe80::1]', '[fd00:ec2::254]', '0.0.0.0', '[::]']) {
    assert.notEqual(await forbiddenAddress(host), undefined, host);
  }
  for (const host of ['127.0.0.1', '[::1]', '10.1.2.3', '192.168.0.10', '172.16.0.1', '8.8.8.8', '[2001:db8::1]', 'localhost']) {
    assert.equal(await forbiddenAddress(host), undefined, host);
  }
});

it('a name that does not resolve is left for the request to fail on', async () => {
  assert.equal(await forbiddenAddress('no-such-host.invalid'), undefined);
});

it('a server-chosen URL to the metadata address is a registry error naming it', async () => {
  await assert.rejects(
    checkServerChosenUrl(new URL('http://169.254.169.254/latest/meta-data/'), 'pull blob sha256:abc'),
    (error: unknown) =>
      error instanceof RegistryError &&
      error.kind === 'registry' &&
      /^pull blob sha256:abc: refused to follow the server to 169\.254\.169\.254, a link-local or metadata address$/.test(error.message),
  );
  await checkServerChosenUrl(new URL('http://127.0.0.1:5000/v2/'), 'x');
});

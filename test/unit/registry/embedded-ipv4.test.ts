import assert from 'node:assert/strict';
import { it } from 'node:test';
import { embeddedIpv4, forbiddenAddress } from '../../../src/registry/destination.ts';

it('every IPv6 form that carries 169.254.169.254 is forbidden; loopback, private and plain IPv6 stay reachable', async () => {
  const metadata = [
    '64:ff9b::169.254.169.254',
    '64:ff9b::a9fe:a9fe',
    '64:ff9b:1::a9fe:a9fe',
    '::169.254.169.254',
    '::ffff:169.254.169.254',
    '0:0:0:0:0:ffff:a9fe:a9fe',
    '2002:a9fe:a9fe::1',
  ];
  for (const address of metadata) {
    assert.equal(embeddedIpv4(address), '169.254.169.254', address);
    assert.ok((await forbiddenAddress(`[${address}]`)) !== undefined, address);
  }
  for (const address of ['::1', '::ffff:127.0.0.1', '64:ff9b::10.0.0.1', '2001:db8::1', 'fd12::1']) {
    assert.equal(await forbiddenAddress(`[${address}]`), undefined, address);
  }
  assert.equal(embeddedIpv4('::1'), undefined);
  assert.equal(embeddedIpv4('2001:db8::1'), undefined);
});

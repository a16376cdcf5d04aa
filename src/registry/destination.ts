import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { RegistryError } from './errors.ts';

/**
 * Addresses a URL chosen by a server (a redirect's Location, a foreign layer's `urls`) may not
 * reach: link-local networks, where clouds serve instance metadata and credentials
 * (169.254.169.254, AWS's fd00:ec2::254), and the unspecified addresses. A registry or manifest
 * must not be able to point the tool at them (server-side request forgery). Loopback and private
 * networks stay reachable: registries and their storage legitimately live there.
 */
const FORBIDDEN = new BlockList();
FORBIDDEN.addSubnet('169.254.0.0', 16, 'ipv4');
FORBIDDEN.addSubnet('0.0.0.0', 8, 'ipv4');
FORBIDDEN.addSubnet('fe80::', 10, 'ipv6');
FORBIDDEN.addAddress('fd00:ec2::254', 'ipv6');
FORBIDDEN.addAddress('::', 'ipv6');

/** The forbidden address `host` is or resolves to, if any. A name that does not resolve is left for the request to fail on. */
export async function forbiddenAddress(host: string): Promise<string | undefined> {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const literal = isIP(bare);
  let addresses: { address: string; family: number }[];
  if (literal !== 0) addresses = [{ address: bare, family: literal }];
  else {
    try {
      addresses = await lookup(bare, { all: true });
    } catch {
      return undefined;
    }
  }
  return addresses.find(({ address, family }) => FORBIDDEN.check(address, family === 6 ? 'ipv6' : 'ipv4'))?.address;
}

/** Throws a registry error (exit 3) when a server-chosen URL leads to a forbidden address. */
export async function checkServerChosenUrl(url: URL, what: string): Promise<void> {
  const address = await forbiddenAddress(url.hostname);
  if (address === undefined) return;
  throw new RegistryError(
    'registry',
    `${what}: refused to follow the server to ${url.host}${address === url.hostname.replace(/^\[|\]$/g, '') ? '' : ` (${address})`}, a link-local or metadata address`,
    {},
  );
}

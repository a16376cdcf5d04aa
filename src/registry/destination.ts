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

/** The eight 16-bit groups of an IPv6 address (any textual form, dotted tail included). */
function ipv6Groups(address: string): number[] | undefined {
  let normalised: string;
  try {
    // The URL parser writes every form (::ffff:1.2.3.4, ::1.2.3.4, leading zeros) as compressed hex.
    normalised = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
  const [head = '', tail] = normalised.split('::');
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const groups = tail === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

const dotted = (high: number, low: number): string => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;

/**
 * The IPv4 address an IPv6 address carries, for the forms that reach it: IPv4-mapped
 * (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96 and the local-use
 * 64:ff9b:1::/48) and 6to4 (2002:AABB:CCDD::/48). `[64:ff9b::169.254.169.254]` is the metadata
 * service behind a NAT64 gateway, and was connected to (issue 13, item 10).
 */
export function embeddedIpv4(address: string): string | undefined {
  const g = ipv6Groups(address);
  if (g === undefined) return undefined;
  const [g0, g1, g2, g3, g4, g5, g6, g7] = g as [number, number, number, number, number, number, number, number];
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(5) && g5 === 0xffff) return dotted(g6, g7);
  if (zeroTo(6) && !(g6 === 0 && g7 <= 1)) return dotted(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return dotted(g6, g7);
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return dotted(g6, g7);
  if (g0 === 0x2002) return dotted(g1, g2);
  return undefined;
}

const isForbidden = (address: string, family: number): boolean => {
  if (family !== 6) return FORBIDDEN.check(address, 'ipv4');
  if (FORBIDDEN.check(address, 'ipv6')) return true;
  const ipv4 = embeddedIpv4(address);
  return ipv4 !== undefined && FORBIDDEN.check(ipv4, 'ipv4');
};

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
  return addresses.find(({ address, family }) => isForbidden(address, family))?.address;
}

/** Throws a registry error (exit 3) when a server-chosen URL leads to a forbidden address. */
export async function checkServerChosenUrl(url: URL, what: string): Promise<void> {
  const address = await forbiddenAddress(url.hostname);
  if (address === undefined) return;
  const ipv4 = isIP(address) === 6 ? embeddedIpv4(address) : undefined;
  const shown =
    address === url.hostname.replace(/^\[|\]$/g, '')
      ? ipv4 === undefined
        ? ''
        : ` (${ipv4})`
      : ` (${address}${ipv4 === undefined ? '' : `, ${ipv4}`})`;
  throw new RegistryError('registry', `${what}: refused to follow the server to ${url.host}${shown}, a link-local or metadata address`, {});
}

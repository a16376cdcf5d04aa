import { execFile } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A throwaway CA and a server certificate for 127.0.0.1/localhost, made with openssl. */
export interface ServerPki {
  caCertPath: string;
  caCert: string;
  certPath: string;
  keyPath: string;
}

export async function createServerPki(directory: string): Promise<ServerPki> {
  const caKey = join(directory, 'ca.key');
  const caCertPath = join(directory, 'ca.crt');
  const keyPath = join(directory, 'server.key');
  const csr = join(directory, 'server.csr');
  const certPath = join(directory, 'server.crt');
  const ext = join(directory, 'server.ext');
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    caKey,
    '-out',
    caCertPath,
    '-days',
    '2',
    '-subj',
    '/CN=oci-flatten test CA',
  ]);
  await run('openssl', [
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    keyPath,
    '-out',
    csr,
    '-subj',
    '/CN=localhost',
  ]);
  await writeFile(
    ext,
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n',
  );
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    caCertPath,
    '-CAkey',
    caKey,
    '-CAcreateserial',
    '-out',
    certPath,
    '-days',
    '2',
    '-extfile',
    ext,
  ]);
  return { caCertPath, caCert: await readFile(caCertPath, 'utf8'), certPath, keyPath };
}

/** An RSA key and self-signed certificate for signing registry tokens (distribution's rootcertbundle). */
export interface TokenSigningKey {
  certPath: string;
  keyPem: string;
  /** libtrust key id of the public key: what distribution 2.8 matches the JWT `kid` against. */
  keyId: string;
}

export async function createTokenSigningKey(directory: string): Promise<TokenSigningKey> {
  const keyPath = join(directory, 'token.key');
  const certPath = join(directory, 'token.crt');
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    keyPath,
    '-out',
    certPath,
    '-days',
    '2',
    '-subj',
    '/CN=oci-flatten token issuer',
  ]);
  const certPem = await readFile(certPath, 'utf8');
  return { certPath, keyPem: await readFile(keyPath, 'utf8'), keyId: libtrustKeyId(certPem) };
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** libtrust: base32 of the first 240 bits of sha256(DER SubjectPublicKeyInfo), in groups of 4 joined by ':'. */
export function libtrustKeyId(certPem: string): string {
  const der = createPublicKey(certPem).export({ type: 'spki', format: 'der' });
  const bytes = createHash('sha256').update(der).digest().subarray(0, 30);
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let encoded = '';
  for (let i = 0; i < bits.length; i += 5) encoded += BASE32[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return encoded.match(/.{1,4}/g)?.join(':') ?? encoded;
}

/** An htpasswd line with a bcrypt hash (distribution accepts bcrypt only), via perl's crypt(3). */
export async function htpasswdLine(user: string, password: string): Promise<string> {
  const alphabet = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let salt = '';
  for (let i = 0; i < 22; i++) salt += alphabet[Math.floor(Math.random() * 64)];
  const { stdout } = await run('perl', ['-e', 'print crypt($ARGV[0], $ARGV[1])', password, `$2b$05$${salt}`]);
  if (!stdout.startsWith('$2b$')) throw new Error('perl crypt(3) does not support bcrypt here');
  return `${user}:${stdout}`;
}

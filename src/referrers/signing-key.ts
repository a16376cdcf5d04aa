import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import { FlattenError, optionError } from '../errors.ts';

/** An ECDSA P-256 key read from `--sign-key`, before any work: a bad key fails the run at once. */
export interface SigningKey {
  file: string;
  /** base64 of the DER signature of `payload` (ECDSA over SHA-256, as cosign signs). */
  sign(payload: Uint8Array): string;
  /** True when `signature` (base64 DER) is this key's signature of `payload`. */
  verify(payload: Uint8Array, signature: string): boolean;
}

const GENERATE = 'openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out key.pem';

export async function readSigningKey(file: string | undefined): Promise<SigningKey | undefined> {
  if (file === undefined) return undefined;
  if (typeof file !== 'string' || file === '') throw optionError('signKey', 'options.signKey names no key file');
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new FlattenError('io', `options.signKey ${file} cannot be read (${typeof code === 'string' ? code : 'error'})`, {
      cause: error,
      option: 'signKey',
    });
  }
  if (/-----BEGIN (ENCRYPTED|ENCRYPTED SIGSTORE) PRIVATE KEY-----/.test(pem)) {
    throw optionError('signKey', `options.signKey ${file}: the key is encrypted; give an unencrypted PKCS#8 PEM key`, GENERATE);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw optionError('signKey', `options.signKey ${file}: not a PEM private key`, GENERATE);
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw optionError('signKey', `options.signKey ${file}: not an ECDSA P-256 key (cosign's key type)`, GENERATE);
  }
  const publicKey = createPublicKey(key);
  return {
    file,
    sign: (payload) => sign('sha256', payload, key).toString('base64'),
    verify: (payload, signature) => {
      try {
        return verify('sha256', payload, publicKey, Buffer.from(signature, 'base64'));
      } catch {
        return false;
      }
    },
  };
}

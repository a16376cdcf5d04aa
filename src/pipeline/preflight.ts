import { mkdtemp, readFile, rmdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { FlattenError } from '../errors.ts';
import { RegistryError } from '../registry/errors.ts';
import type { ImageLocation } from '../transport/location.ts';
import { openTarget, type TransportOptions } from '../transport/open.ts';
import { createTempDir, type TempDir } from './temp-dir.ts';

/**
 * Checks made before the first blob is pulled, so that a run that cannot finish fails in a
 * second or two instead of after every layer was downloaded and merged (issue 18): the
 * credentials file, the temp directory, and that the target can be written. Each failure names
 * the side it concerns.
 */

const errnoOf = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
};

/** `--creds-file`: read at once, not when a registry first asks for credentials. */
export async function checkCredentialsFile(file: string | undefined): Promise<void> {
  if (file === undefined) return;
  try {
    await readFile(file);
  } catch (error) {
    throw new FlattenError('io', `options.transport.credentialsFile ${file} cannot be read (${errnoOf(error)})`, { cause: error });
  }
}

/** The run's temp directory, created under `--tmp-dir` (or the OS temp dir), as a clean exit-6 error when that fails. */
export async function createRunTempDir(parent: string | undefined): Promise<TempDir> {
  try {
    return await createTempDir(parent);
  } catch (error) {
    const where = parent === undefined ? 'the temp directory' : `options.tempDirectory ${parent}`;
    throw new FlattenError('io', `${where}: cannot create a temp directory there (${errnoOf(error)})`, {
      cause: error,
      hint: 'name a writable directory with options.tempDirectory',
    });
  }
}

/**
 * The preflight's own registry client gives up sooner than the run's: a registry that is down
 * is reported in about a second, not after the backoff that suits a long transfer.
 */
const PREFLIGHT_ATTEMPTS = 2;
const PREFLIGHT_TOTAL_MS = 2_000;
const PREFLIGHT_TIMEOUT_MS = 10_000;

/** Reachable and writable: a registry grants push (an upload session opened and cancelled); a path can be created. */
export async function checkTarget(location: ImageLocation, transport: TransportOptions, signal?: AbortSignal): Promise<void> {
  const { name } = location;
  if (location.kind === 'registry') {
    const attempts = Math.min(PREFLIGHT_ATTEMPTS, transport.retry?.attempts ?? PREFLIGHT_ATTEMPTS);
    // A client the caller gave brings the credentials: the check uses it, with its own retries.
    const target = await openTarget(location, {
      ...transport,
      retry: { ...transport.retry, attempts, totalTimeMs: PREFLIGHT_TOTAL_MS },
      timeoutMs: Math.min(transport.timeoutMs ?? PREFLIGHT_TIMEOUT_MS, PREFLIGHT_TIMEOUT_MS),
    });
    try {
      await target.preflight?.(signal);
    } catch (error) {
      throw sided(error, 'target', name);
    } finally {
      await target.close().catch(() => undefined);
    }
    return;
  }
  const { path } = location.local;
  // An OCI layout is a directory that may not exist yet; an archive is a file in a directory.
  await checkWritableDirectory(location.kind === 'oci' ? path : dirname(resolve(path)), name);
  if (location.kind !== 'oci') {
    const existing = await stat(path).catch(() => undefined);
    if (existing?.isDirectory() === true) throw new FlattenError('usage', `target ${name}: ${path} is a directory, not an archive file`);
  }
}

/** The nearest existing ancestor of `dir` (or `dir`) is a directory in which an entry can be created. */
async function checkWritableDirectory(dir: string, name: string): Promise<void> {
  let current = resolve(dir);
  for (;;) {
    const found = await stat(current).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (!(found instanceof Error)) {
      if (!found.isDirectory()) throw new FlattenError('io', `target ${name}: ${current} is not a directory`);
      break;
    }
    if ((found.code !== 'ENOENT' && found.code !== 'ENOTDIR') || dirname(current) === current) {
      throw new FlattenError('io', `target ${name}: ${current} cannot be read (${errnoOf(found)})`, { cause: found });
    }
    current = dirname(current);
  }
  // Root passes every permission bit test, but not a read-only mount: only creating something tells.
  try {
    await rmdir(await mkdtemp(join(current, '.oci-flatten-probe-')));
  } catch (error) {
    throw new FlattenError('io', `target ${name}: cannot write in ${current} (${errnoOf(error)})`, { cause: error });
  }
}

/**
 * A registry's refusal or absence, its message prefixed with the side it concerns: source and
 * target may be the same registry, and "unauthorized: … on HOST" alone does not say which
 * credentials to fix. Other errors already name their image or path.
 */
export function sided(error: unknown, side: 'source' | 'target', name: string): unknown {
  if (!(error instanceof FlattenError) || (error.kind !== 'registry' && error.kind !== 'auth')) return error;
  const message = `${side} ${name}: ${error.message}`;
  const hint = error.hint === undefined ? {} : { hint: error.hint };
  // Still a RegistryError, so that a library caller reads its status and codes where it catches it.
  if (error instanceof RegistryError) {
    return new RegistryError(error.kind, message, {
      cause: error,
      codes: error.codes,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.registry === undefined ? {} : { registry: error.registry }),
      ...hint,
    });
  }
  return new FlattenError(error.kind, message, { cause: error, ...hint });
}

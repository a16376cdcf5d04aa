import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatBytes } from './format-bytes.ts';
import { FlattenError } from './errors.ts';

/**
 * The one place where a Node system error from the local disk (errno codes such as ENOSPC)
 * becomes a FlattenError 'io' (exit 6): one line naming what the run was doing, the directory,
 * and for a full disk how much it had written there and how much room is left. Without this a
 * full --tmp-dir surfaced as exit 1 with a stack trace (issue 13, item 1).
 */

/** Codes that say the local file system refused: no room, no right, or no descriptors left. */
const DISK_CODES = new Set([
  'ENOSPC',
  'EDQUOT',
  'EACCES',
  'EPERM',
  'EROFS',
  'EMFILE',
  'ENFILE',
  'EIO',
  'EFBIG',
  'ENOTDIR',
  'EISDIR',
  'ENOENT',
  'EEXIST',
  'ENAMETOOLONG',
  'ELOOP',
  'EXDEV',
  'ENOTEMPTY',
  'EBUSY',
]);

/** Codes that mean the disk, whatever else wrapped them: a registry error caused by a full spool is still a full disk. */
const LOCAL_ONLY = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EMFILE', 'ENFILE', 'EFBIG']);

interface SystemError {
  code: string;
  path?: string;
  syscall?: string;
}

/** The first errno-style error in `error`'s cause chain. */
function systemErrorOf(error: unknown, codes: ReadonlySet<string> = DISK_CODES): SystemError | undefined {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 6; depth++) {
    const { code, path, syscall } = current as { code?: unknown; path?: unknown; syscall?: unknown };
    if (typeof code === 'string' && codes.has(code)) {
      return { code, ...(typeof path === 'string' ? { path } : {}), ...(typeof syscall === 'string' ? { syscall } : {}) };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export interface IoContext {
  /** What the run was doing: `writing temp files`, `writing blob sha256:… to oci:DIR`. */
  doing: string;
  /** The directory the run was writing in (a path in the error outside it is more precise and wins). */
  path: string;
  /** The directory to name and measure for errors inside `path` (the user's --tmp-dir rather than the run's own subdirectory). */
  directory?: string;
  /** Bytes this run had written in `directory` when it failed, when known. */
  written?: number;
}

const room = (directory: string): string => {
  try {
    const fs = statfsSync(directory);
    return `${formatBytes(fs.bavail * fs.bsize)} of ${formatBytes(fs.blocks * fs.bsize)} free there`;
  } catch {
    return 'free space unknown';
  }
};

/** A FlattenError 'io' for a system error, or the error itself when it is a FlattenError already (or not a system error). */
export function ioFailure(error: unknown, context: IoContext): unknown {
  if (error instanceof FlattenError && (error.kind === 'io' || error.kind === 'interrupted' || error.kind === 'usage')) return error;
  const system = error instanceof FlattenError ? systemErrorOf(error, LOCAL_ONLY) : systemErrorOf(error);
  if (system === undefined) return error;
  return systemIoError(system, context, error);
}

/** ` on PATH`, or nothing when no path is known. */
const where = (path: string, preposition: string): string => (path === '' ? '' : ` ${preposition} ${path}`);

function systemIoError(system: SystemError, context: IoContext, cause: unknown): FlattenError {
  const { code } = system;
  const inside =
    system.path === undefined || (context.path !== '' && (system.path === context.path || system.path.startsWith(`${context.path}/`)));
  const directory = inside ? (context.directory ?? context.path) : dirname(system.path as string);
  const path = directory;
  if (!inside) context = { doing: context.path === '' ? context.doing : 'reading or writing local files', path: directory };
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG': {
      const what = code === 'EDQUOT' ? 'disk quota exceeded' : code === 'EFBIG' ? 'file too large' : 'no space left';
      const needed = context.written === undefined ? '' : ` needed more than the ${formatBytes(context.written)} it had written`;
      const where = path === '' ? '' : ` in ${path}`;
      return new FlattenError('io', `${what}${where} (${code}): ${context.doing}${needed}${path === '' ? '' : `; ${room(directory)}`}`, {
        cause,
        hint: 'give options.tempDirectory (or the target) a file system with more room; a flatten needs about the compressed image plus the merged layer',
      });
    }
    case 'EACCES':
    case 'EPERM':
      return new FlattenError('io', `permission denied${where(system.path ?? path, 'on')} (${code}): ${context.doing}`, { cause });
    case 'EROFS':
      return new FlattenError('io', `read-only file system${where(system.path ?? path, 'at')} (${code}): ${context.doing}`, { cause });
    case 'EMFILE':
    case 'ENFILE':
      return new FlattenError('io', `too many open files (${code}): ${context.doing}${where(path, 'in')}`, {
        cause,
        hint: 'raise the open-file limit (ulimit -n) or lower options.concurrency',
      });
    default:
      return new FlattenError('io', `${context.doing}${(system.path ?? path) === '' ? '' : `: ${system.path ?? path}`} (${code})`, {
        cause,
      });
  }
}

/** For callers that know what they were doing but hold no directory of their own: the error's path is named. */
export const localIoError = (doing: string, error: unknown): FlattenError => {
  const mapped = ioFailure(error, { doing, path: '' });
  if (mapped instanceof FlattenError) return mapped;
  return new FlattenError('io', `${doing}: ${(error as Error).message ?? String(error)}`, { cause: error });
};

/**
 * What a failure of flatten(), inspect() or diff() is, for a caller that reports it: the
 * FlattenError itself, or for a local system error that reached it unnamed (a full disk, a
 * read-only directory) the `io` FlattenError it stands for. Undefined for anything else: a bug.
 */
export function asFlattenError(error: unknown): FlattenError | undefined {
  const known = ioFailure(error, { doing: 'reading or writing local files', path: '' });
  return known instanceof FlattenError ? known : undefined;
}

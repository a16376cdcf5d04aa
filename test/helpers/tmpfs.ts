import { mkdir } from 'node:fs/promises';
import { run } from './run.ts';

/**
 * A real, small tmpfs (the fault tests run as root): a full disk, a read-only file system. Node's
 * own errors then come from the kernel, not from a mock.
 */
export async function mountTmpfs(
  dir: string,
  options: { size: string; readOnly?: boolean },
): Promise<{ dir: string; unmount(): Promise<void> }> {
  await mkdir(dir, { recursive: true });
  await run('mount', ['-t', 'tmpfs', '-o', `size=${options.size}${options.readOnly ? ',ro' : ''}`, 'tmpfs', dir]);
  return { dir, unmount: async () => void (await run('umount', ['-l', dir], { check: false })) };
}

/** Remount read-write or read-only in place. */
export const remount = async (dir: string, readOnly: boolean): Promise<void> =>
  void (await run('mount', ['-o', `remount,${readOnly ? 'ro' : 'rw'}`, dir]));

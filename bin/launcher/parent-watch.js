// The child side of the explicit old-Node fallback (fallback-node.js): a flatten whose parent
// died must not go on and write a target nobody waits for.

/** Set by the parent in the child's environment, next to the IPC channel it opens. */
export const WATCH_VARIABLE = 'OCI_FLATTEN_WATCH_PARENT';

/**
 * When the parent dies (SIGKILL, a crash) its end of the IPC channel closes; the child then stops
 * as on SIGTERM: temp files removed, target unchanged, exit 130.
 */
export function watchParent() {
  delete process.env[WATCH_VARIABLE];
  if (process.channel === undefined) return;
  // The channel must not keep a finished run alive.
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who a run is, written into what it leaves on disk (temp dir markers, the layout lock), so that
 * a later run can tell a dead run's leftovers from a live run's files. A PID alone proves
 * nothing: on a volume shared by two pods (or two `unshare -p` jobs) the PID is another PID
 * namespace's, and after a reboot it is another process. It is only trusted when host, boot and
 * PID namespace are this process's own; everything else is judged by whether its owner keeps
 * refreshing it (src/pipeline/owned-dirs.ts, src/transport/layout-lock.ts).
 */
export interface ProcessIdentity {
  pid: number;
  host: string;
  /** /proc/sys/kernel/random/boot_id: changes on every boot. */
  bootId: string;
  /** `pid:[inode]` of /proc/self/ns/pid. */
  pidNamespace: string;
  /** ISO time the identity was taken. */
  started: string;
}

const read = (read: () => string): string => {
  try {
    return read().trim();
  } catch {
    return 'unknown';
  }
};

let cached: Omit<ProcessIdentity, 'started'> | undefined;

export function thisProcess(): ProcessIdentity {
  cached ??= {
    pid: process.pid,
    host: hostname(),
    bootId: read(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8')),
    pidNamespace: read(() => readlinkSync('/proc/self/ns/pid')),
  };
  return { ...cached, started: new Date().toISOString() };
}

/** Parses an identity written by `thisProcess` (JSON); undefined for anything else. */
export function parseIdentity(text: string): ProcessIdentity | undefined {
  try {
    const value = JSON.parse(text) as Partial<ProcessIdentity>;
    if (
      typeof value.pid !== 'number' ||
      typeof value.host !== 'string' ||
      typeof value.bootId !== 'string' ||
      typeof value.pidNamespace !== 'string'
    )
      return undefined;
    return {
      pid: value.pid,
      host: value.host,
      bootId: value.bootId,
      pidNamespace: value.pidNamespace,
      started: String(value.started ?? ''),
    };
  } catch {
    return undefined;
  }
}

const pidAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * True only when the owner is provably gone: this host and this PID namespace in an earlier
 * boot, or this boot and its PID no longer exists. An owner elsewhere is never judged here.
 */
export function provablyGone(owner: ProcessIdentity): boolean {
  const self = thisProcess();
  if (owner.host !== self.host || self.bootId === 'unknown') return false;
  if (owner.bootId !== self.bootId) return true;
  if (owner.pidNamespace !== self.pidNamespace || self.pidNamespace === 'unknown') return false;
  return !pidAlive(owner.pid);
}

/** `pid 123 on host (since …)`, for messages. */
export const describeOwner = (owner: ProcessIdentity): string =>
  `pid ${owner.pid} on ${owner.host}${owner.pidNamespace === thisProcess().pidNamespace ? '' : ` (PID namespace ${owner.pidNamespace})`}${owner.started === '' ? '' : `, since ${owner.started}`}`;

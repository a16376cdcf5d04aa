import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Upload sessions a run opened on registries, appended to a file in its temp dir as they open and
 * close. A run killed with -9 cannot cancel its sessions; the next run that sweeps its temp dir
 * (src/pipeline/leftovers.ts) reads which were still open and cancels those on the registry it
 * writes to, where it has the credentials (issue 13, item 3). Best effort: registries also expire
 * abandoned sessions (distribution: after 7 days).
 */

export const JOURNAL = 'upload-sessions.jsonl';

export interface UploadSessionEvent {
  registry: string;
  /** The session's URL as the registry gave it (Location), absolute. */
  location: string;
  open: boolean;
}

/** The session's identity: its URL without the query (PATCH answers may move `_state`). */
const key = (location: string): string => {
  try {
    const url = new URL(location);
    return `${url.origin}${url.pathname}`;
  } catch {
    return location;
  }
};

export function journalWriter(dir: string): (event: UploadSessionEvent) => void {
  return (event) => {
    try {
      appendFileSync(join(dir, JOURNAL), `${JSON.stringify(event)}\n`);
    } catch {
      // a full or vanished temp dir: the journal is best effort
    }
  };
}

/** The sessions still open when the run that wrote the journal in `dir` stopped. */
export async function openSessions(dir: string): Promise<{ registry: string; location: string }[]> {
  const text = await readFile(join(dir, JOURNAL), 'utf8').catch(() => '');
  const last = new Map<string, UploadSessionEvent>();
  for (const line of text.split('\n')) {
    try {
      const event = JSON.parse(line) as UploadSessionEvent;
      if (typeof event.registry === 'string' && typeof event.location === 'string') last.set(key(event.location), event);
    } catch {
      // a line cut by the kill
    }
  }
  return [...last.values()].filter((e) => e.open).map(({ registry, location }) => ({ registry, location }));
}

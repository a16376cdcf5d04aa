import type { Readable } from 'node:stream';
import { discard } from '../http.ts';
import { locationOf, type Session, type SessionOps } from './session.ts';
import { counted } from './stats.ts';
import type { Strategy } from './strategy.ts';

/** One PATCH whose body is the whole stream, however long (docker push, GGCR stream.Layer); the location to finish at. */
export async function patchStream(ops: SessionOps, session: Session, body: Readable): Promise<void> {
  const response = await ops.send(
    { ...ops.base, method: 'PATCH', target: session.location, headers: { 'content-type': 'application/octet-stream' }, body },
    [202, 201, 204],
  );
  discard(response.body);
  if (response.headers.location !== undefined) session.location = locationOf(response, ops.what, ops.base.registry);
}

/** The whole blob in one PATCH without Content-Range, then the PUT `?digest=` that closes the session. */
export const uploadStreamed: Strategy = async (ops, session, blob) => {
  await patchStream(ops, session, counted(await blob.open(), blob.stats));
  await ops.finish(session, blob.descriptor.digest);
};

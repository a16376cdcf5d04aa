import { discard } from '../http.ts';
import { withDigest } from './session.ts';
import { counted } from './stats.ts';
import type { Strategy } from './strategy.ts';

/** The whole blob in one PUT `?digest=` with its Content-Length: one request, the session closed by it. */
export const uploadMonolithic: Strategy = async (ops, session, blob) => {
  const body = counted(await blob.open(), blob.stats);
  const response = await ops.send(
    {
      ...ops.base,
      method: 'PUT',
      target: withDigest(session.location, blob.descriptor.digest),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(blob.descriptor.size) },
      body,
    },
    [201, 204],
  );
  discard(response.body);
};

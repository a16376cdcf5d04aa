import { discard } from '../http.ts';
import type { Session, SessionOps } from './session.ts';

/**
 * Cross-repository mount: a POST `?mount=digest&from=repository` that, on a registry that has the
 * blob in `from` and lets us read it there, stores it in the target with no bytes sent (201).
 * Otherwise the registry opens an ordinary upload session (202), or refuses the mount, and the
 * blob is uploaded normally.
 */
export async function mountOrStart(ops: SessionOps, digest: string, from: string): Promise<Session | 'mounted'> {
  const { response, request } = await ops.post(`?${new URLSearchParams({ mount: digest, from }).toString()}`);
  if (response.status === 201) {
    discard(response.body);
    return 'mounted';
  }
  if (response.status === 202) return ops.opened(response);
  // Mount refusals (Harbor 401 across projects, Docker Hub bad `from`, Quay 400) mean: upload normally.
  if ([400, 401, 403, 404].includes(response.status)) {
    discard(response.body);
    return ops.startSession();
  }
  return ops.fail(response, request);
}

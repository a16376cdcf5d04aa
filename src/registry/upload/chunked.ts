import { Buffer } from 'node:buffer';
import type { RawResponse } from '../connection.ts';
import { discard, type SendRequest } from '../http.ts';
import { refusesStrategy, StrategyRefused } from './plan.ts';
import { locationOf, type Session, type SessionOps } from './session.ts';
import type { Strategy } from './strategy.ts';

async function* fixedChunks(source: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  for await (const chunk of source) {
    pending.push(chunk);
    pendingLength += chunk.length;
    while (pendingLength >= size) {
      const joined = Buffer.concat(pending);
      yield joined.subarray(0, size);
      pending = [joined.subarray(size)];
      pendingLength = joined.length - size;
    }
  }
  if (pendingLength > 0) yield Buffer.concat(pending);
}

/**
 * Bytes the registry holds for the session, after a 416 to a chunk: from the 416's own `Range`
 * and `Location` when it has them (distribution invalidates the old location's state), else
 * from a GET on the session (the spec's way).
 */
async function storedBytes(ops: SessionOps, session: Session, refusal: RawResponse): Promise<number | undefined> {
  let response = refusal;
  if (response.headers.range === undefined) {
    response = await ops.http.send({ ...ops.base, method: 'GET', target: session.location });
    discard(response.body);
    if (response.status !== 204 && response.status !== 200) return undefined;
  }
  const end = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.range ?? '')?.[1];
  if (end === undefined) return undefined;
  if (response.headers.location !== undefined) session.location = locationOf(response, ops.what, ops.base.registry);
  // distribution says `0-0` for an empty session as for a one-byte one: read it as empty.
  return end === '0' ? 0 : Number(end) + 1;
}

/**
 * PATCHes with Content-Range of at most the chunk size (raised to the session's minimum), then
 * the PUT `?digest=`. A chunk whose answer was lost is resumed where the session says it stopped.
 */
export const uploadChunked: Strategy = async (ops, session, blob) => {
  const size = Math.max(session.minChunk, blob.chunkSize);
  const { stats } = blob;
  let offset = 0;
  const source = await blob.open();
  try {
    for await (const chunk of fixedChunks(source as AsyncIterable<Buffer>, size)) {
      let piece = chunk;
      while (piece.length > 0) {
        const patch: SendRequest = {
          ...ops.base,
          method: 'PATCH',
          target: session.location,
          headers: {
            'content-type': 'application/octet-stream',
            'content-range': `${offset}-${offset + piece.length - 1}`,
            'content-length': String(piece.length),
          },
          body: piece,
        };
        const response = await ops.request(patch);
        // 416 after a chunk whose answer was lost (the resent PATCH starts behind the session's
        // offset): the session says how far it got, and the upload goes on from there.
        if (response.status === 416) {
          discard(response.body);
          const stored = await storedBytes(ops, session, response);
          if (stored === undefined || stored <= offset || stored > offset + piece.length) throw new StrategyRefused(response, patch);
          piece = piece.subarray(stored - offset);
          offset = stored;
          continue;
        }
        // ECR answers 201 and Pulp 204 where the spec says 202.
        if (![202, 201, 204].includes(response.status)) {
          if (refusesStrategy(response.status)) throw new StrategyRefused(response, patch);
          return ops.fail(response, patch);
        }
        discard(response.body);
        stats.bytesSent += piece.length;
        offset += piece.length;
        piece = piece.subarray(piece.length);
        if (response.headers.location !== undefined) session.location = locationOf(response, ops.what, ops.base.registry);
      }
    }
  } finally {
    source.destroy();
  }
  await ops.finish(session, blob.descriptor.digest);
};

import type { RawResponse } from '../connection.ts';
import type { SendRequest } from '../http.ts';

/**
 * How blob bytes travel:
 * - monolithic: one PUT `?digest=` with Content-Length (digest and size known, as ours always are);
 * - streamed: one PATCH without Content-Range, then PUT `?digest=` (docker, containers/image, GGCR);
 * - chunked: PATCHes with Content-Range of at most `chunkSize` bytes (GHCR caps a chunk at 4 MiB),
 *   then PUT `?digest=`.
 */
export type UploadStrategy = 'monolithic' | 'streamed' | 'chunked';

/** Per-host upload settings (regclient's per-host knobs, not `if (host === …)` in the code). */
export interface UploadSettings {
  strategy: 'auto' | UploadStrategy;
  /** Upper bound of one chunk; raised to the registry's OCI-Chunk-Min-Length when that is larger. */
  chunkSize: number;
}

export const DEFAULT_UPLOAD: UploadSettings = { strategy: 'auto', chunkSize: 4 * 1024 * 1024 };

/** The one decision point: the strategies to try, in order. */
export function uploadPlan(settings: UploadSettings): UploadStrategy[] {
  switch (settings.strategy) {
    case 'auto':
      // Whole PUT first; registries (or proxies) that refuse big bodies (413) get chunks.
      return ['monolithic', 'chunked'];
    case 'streamed':
      return ['streamed', 'chunked'];
    case 'monolithic':
      return ['monolithic'];
    case 'chunked':
      return ['chunked'];
  }
}

/**
 * Whether a blob may be uploaded while it is still being produced (streamBlob): the per-host
 * strategies that send a whole blob in one request. A host set to chunked or monolithic uploads
 * gets the blob once it is complete.
 */
export const streamsWhileProducing = (settings: UploadSettings): boolean =>
  settings.strategy === 'auto' || settings.strategy === 'streamed';

/**
 * Statuses that mean "this strategy is refused here", worth the next strategy rather than an
 * error. 411: a proxy that wants a Content-Length refuses a streamed body.
 */
export const refusesStrategy = (status: number): boolean =>
  status === 413 || status === 416 || status === 405 || status === 411 || status === 501;

/** A registry's refusal of one way of uploading: the next strategy of the plan is tried. */
export class StrategyRefused extends Error {
  readonly response: RawResponse;
  readonly request: SendRequest;
  constructor(response: RawResponse, request: SendRequest) {
    super(`strategy refused with ${response.status}`);
    this.response = response;
    this.request = request;
  }
}

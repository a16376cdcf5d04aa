import type { RawResponse } from './connection.ts';

/** Hears a blob upload session open (or move) and close. */
export type UploadSessionListener = (event: { registry: string; location: string; open: boolean }) => void;

const UPLOAD_SESSION = /\/blobs\/uploads\/[^/]+$/;

/**
 * Upload sessions as the registry's answers show them: opened (or moved) by a POST or PATCH answered
 * 202 with a Location, closed by the final PUT or a DELETE.
 */
export function reportUploadSession(
  listener: UploadSessionListener,
  registry: string,
  method: string,
  url: URL,
  response: RawResponse,
): void {
  const location = response.headers.location;
  if ((method === 'POST' || method === 'PATCH') && response.status === 202 && location !== undefined) {
    const session = new URL(location, url);
    if (UPLOAD_SESSION.test(session.pathname)) listener({ registry, location: session.href, open: true });
  } else if (UPLOAD_SESSION.test(url.pathname) && (method === 'DELETE' || (method === 'PUT' && response.status < 300))) {
    listener({ registry, location: url.href, open: false });
  }
}

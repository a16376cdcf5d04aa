import type { Readable } from 'node:stream';
import { FlattenError } from '../errors.ts';
import type { Descriptor } from '../image/types.ts';
import { resumableBlob } from './blobs.ts';
import { type Connections, type RawResponse, redactUrl } from './connection.ts';
import { checkServerChosenUrl } from './destination.ts';
import { discard } from './http.ts';
import type { RetryOptions } from './retry.ts';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;

export interface ExternalFetchOptions {
  connections: Connections;
  /** The registry and repository that did not have the blob, for messages. */
  missingFrom: string;
  /** Why the registry was not enough (e.g. its 404 summary), for the final message. */
  registryAnswer: string;
  retry: RetryOptions;
  onResume: () => void;
  signal?: AbortSignal | undefined;
}

/** The descriptor's `urls` (untrusted manifest JSON): strings only. */
export function descriptorUrls(descriptor: Descriptor): string[] {
  const urls: unknown = descriptor.urls;
  return Array.isArray(urls) ? urls.filter((url): url is string => typeof url === 'string') : [];
}

const codeOf = (error: unknown): string => {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.message : 'error';
};

/**
 * A non-distributable (foreign) layer is usually not in the registry but at the URLs its
 * descriptor lists. They are tried in order with plain GETs that carry no credentials at all:
 * the registry's tokens must never reach those hosts, nor the hosts they redirect to. The bytes
 * are verified against the descriptor like any blob, and a broken download resumes with Range.
 */
export async function fetchFromUrls(descriptor: Descriptor, options: ExternalFetchOptions): Promise<Readable> {
  const { connections, signal } = options;
  const tried: string[] = [];

  /** GET `start` from `offset`, following redirects; a non-success status is returned as it is. */
  const get = async (start: URL, offset: number): Promise<RawResponse> => {
    let url = start;
    for (let redirects = 0; ; redirects++) {
      await checkServerChosenUrl(url, `fetch layer ${descriptor.digest}`);
      const response = await connections.request({
        method: 'GET',
        url,
        headers: offset > 0 ? { range: `bytes=${offset}-` } : {},
        signal,
      });
      const location = response.headers.location;
      if (!REDIRECTS.has(response.status) || location === undefined) return response;
      discard(response.body);
      if (redirects >= MAX_REDIRECTS) throw Object.assign(new Error('too many redirects'), { code: 'too many redirects' });
      url = new URL(location, url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw Object.assign(new Error('redirect to an unsupported scheme'), { code: `redirect to ${url.protocol}` });
      }
    }
  };

  for (const text of descriptorUrls(descriptor)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      tried.push(`${JSON.stringify(text.slice(0, 100))} (not a URL)`);
      continue;
    }
    const shown = redactUrl(url);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username !== '' || url.password !== '') {
      tried.push(`${url.protocol}//${url.host}… (only plain http and https URLs are fetched)`);
      continue;
    }
    let first: RawResponse;
    try {
      first = await get(url, 0);
    } catch (error) {
      signal?.throwIfAborted();
      tried.push(`${shown} (${codeOf(error)})`);
      continue;
    }
    if (first.status !== 200) {
      discard(first.body);
      tried.push(`${shown} (${first.status})`);
      continue;
    }
    const what = `fetch layer ${descriptor.digest} from ${shown}`;
    return resumableBlob({
      descriptor,
      first,
      open: async (offset) => {
        const response = await get(url, offset);
        if (response.status === 200 || (offset > 0 && response.status === 206)) return response;
        discard(response.body);
        throw new FlattenError('registry', `${what}: resuming the download got status ${response.status}`);
      },
      what,
      where: url.host,
      verifying: `layer ${descriptor.digest} from ${shown}`,
      retry: options.retry,
      onResume: options.onResume,
      signal,
    });
  }
  throw new FlattenError(
    'registry',
    tried.length === 0
      ? `layer ${descriptor.digest} is not in ${options.missingFrom} (${options.registryAnswer}) and its descriptor lists no usable urls`
      : `layer ${descriptor.digest} is not in ${options.missingFrom} (${options.registryAnswer}) and none of its urls could be fetched: ${tried.join(', ')}`,
  );
}

import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, request as httpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback server in front of a real registry (distribution 2.8 has no referrers API) that
 * adds one, as distribution-spec "Listing Referrers" describes: a manifest with a `subject`
 * PUT through it is indexed and answered with OCI-Subject; GET /v2/<name>/referrers/<digest>
 * lists them, `pageSize` per page with `Link: <…>; rel="next"`, filtered by `artifactType`
 * (announced in OCI-Filters-Applied). Everything else is forwarded as it is.
 */
export interface ReferrersServer {
  readonly host: string;
  /** Requests for referrer lists, as paths (to show pagination was followed). */
  readonly listings: string[];
  stop(): Promise<void>;
}

interface Entry {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

const REFERRERS = /^\/v2\/(.+)\/referrers\/([a-z0-9]+:[a-f0-9]+)$/;
const MANIFEST = /^\/v2\/(.+)\/manifests\/([^/]+)$/;

const readBody = (request: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

export async function startReferrersServer(upstream: string, options: { pageSize?: number } = {}): Promise<ReferrersServer> {
  const pageSize = options.pageSize ?? 2;
  const [upstreamHost, upstreamPort] = upstream.split(':');
  /** name -> subject digest -> referrers, in the order they were pushed. */
  const index = new Map<string, Map<string, Entry[]>>();
  const listings: string[] = [];

  /** `onStored` runs when the registry took the request (2xx) and may add response headers. */
  const forward = (
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer | undefined,
    onStored?: () => Record<string, string>,
  ): void => {
    const upstreamRequest = httpRequest(
      { host: upstreamHost, port: Number(upstreamPort), method: request.method, path: request.url, headers: request.headers },
      (upstreamResponse) => {
        const status = upstreamResponse.statusCode ?? 502;
        const extra = status >= 200 && status < 300 ? (onStored?.() ?? {}) : {};
        response.writeHead(status, { ...upstreamResponse.headers, ...extra });
        upstreamResponse.pipe(response);
      },
    );
    upstreamRequest.on('error', () => response.socket?.destroy());
    if (body === undefined) request.pipe(upstreamRequest);
    else upstreamRequest.end(body);
  };

  const list = (response: ServerResponse, url: URL, name: string, subject: string): void => {
    listings.push(`${url.pathname}${url.search}`);
    const artifactType = url.searchParams.get('artifactType') ?? undefined;
    const all = (index.get(name)?.get(subject) ?? []).filter((e) => artifactType === undefined || e.artifactType === artifactType);
    const start = Number(url.searchParams.get('last') ?? '0');
    const page = all.slice(start, start + pageSize);
    const headers: Record<string, string> = { 'content-type': 'application/vnd.oci.image.index.v1+json' };
    if (artifactType !== undefined) headers['oci-filters-applied'] = 'artifactType';
    if (start + pageSize < all.length) {
      const next = new URLSearchParams(url.searchParams);
      next.set('last', String(start + pageSize));
      headers.link = `<${url.pathname}?${next.toString()}>; rel="next"`;
    }
    response.writeHead(200, headers);
    response.end(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: page }));
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://referrers.invalid');
    const referrers = REFERRERS.exec(url.pathname);
    if (request.method === 'GET' && referrers !== null) {
      list(response, url, referrers[1] as string, referrers[2] as string);
      return;
    }
    const manifest = MANIFEST.exec(url.pathname);
    if (request.method !== 'PUT' || manifest === null) {
      forward(request, response, undefined);
      return;
    }
    void readBody(request).then((body) => {
      let parsed: {
        subject?: { digest?: string };
        artifactType?: string;
        config?: { mediaType?: string };
        annotations?: Record<string, string>;
      };
      try {
        parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
      } catch {
        parsed = {};
      }
      const subject = parsed.subject?.digest;
      if (subject === undefined) {
        forward(request, response, body);
        return;
      }
      const name = manifest[1] as string;
      const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
      forward(request, response, body, () => {
        const entries = index.get(name)?.get(subject) ?? [];
        if (entries.some((e) => e.digest === digest)) return { 'oci-subject': subject };
        const entry: Entry = {
          mediaType: String(request.headers['content-type'] ?? ''),
          digest,
          size: body.byteLength,
          artifactType: parsed.artifactType ?? parsed.config?.mediaType ?? '',
          ...(parsed.annotations === undefined ? {} : { annotations: parsed.annotations }),
        };
        const byName = index.get(name) ?? new Map<string, Entry[]>();
        byName.set(subject, [...entries, entry]);
        index.set(name, byName);
        return { 'oci-subject': subject };
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    listings,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

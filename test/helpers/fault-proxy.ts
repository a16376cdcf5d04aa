import { createServer, type IncomingHttpHeaders, type IncomingMessage, request as httpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the proxy saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The fault applied, if any. */
  fault: string | undefined;
  /** When the request arrived, its first body byte arrived, and its response ended (performance.now()). */
  arrivedAt: number;
  bodyStartedAt?: number;
  respondedAt?: number;
}

export type FaultAction =
  /** Answer without asking upstream (the request body is drained); a body function sees the request (to echo it). */
  | {
      type: 'respond';
      status: number;
      headers?: Record<string, string>;
      body?: string | ((request: IncomingMessage, requestBody: string) => string);
    }
  /** Forward, send the response head and `bytes` of the body, then cut the connection. */
  | { type: 'reset-after'; bytes: number }
  /** Forward, send `bytes` of the body, then go silent for `ms` and cut the connection. */
  | { type: 'stall-after'; bytes: number; ms: number }
  /** Cut the connection without answering. */
  | { type: 'reset' }
  /** Read the request and never answer (a hung registry, for as long as the client waits). */
  | { type: 'hang' }
  /** Answer 307 to the URL this returns for the request path. */
  | { type: 'redirect'; location: (path: string) => string }
  /** Forward, but answer with another status (keeping upstream headers and body). */
  | { type: 'status'; status: number }
  /** Forward without the Range header: upstream answers 200 with the whole body. */
  | { type: 'strip-range' }
  /** Forward and add response headers. */
  | { type: 'add-headers'; headers: Record<string, string> }
  /** Forward, sending the response body no faster than this (a slow network). */
  | { type: 'throttle'; bytesPerSecond: number };

export interface Fault {
  name: string;
  match: (request: IncomingMessage) => boolean;
  /** How many requests it applies to (default: all). */
  times?: number;
  action: FaultAction;
}

export interface FaultProxy {
  /** host:port of the proxy, used as the registry in references. */
  readonly host: string;
  readonly seen: SeenRequest[];
  faults: Fault[];
  stop(): Promise<void>;
}

const drain = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => resolve(body));
    request.on('error', () => resolve(body));
  });

/**
 * A loopback HTTP proxy in front of a real registry that injects the faults registries and
 * networks produce: resets, stalls, 5xx/429 with Retry-After, redirects, refused strategies.
 * Requests keep their Host header, so the registry's Locations point back at the proxy.
 */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const seen: SeenRequest[] = [];
  const [upstreamHost, upstreamPort] = upstream.split(':');
  const proxy: FaultProxy = {
    host: '',
    seen,
    faults: [],
    stop: async () => undefined,
  };

  const pick = (request: IncomingMessage): Fault | undefined => {
    const fault = proxy.faults.find((f) => (f.times === undefined || f.times > 0) && f.match(request));
    if (fault?.times !== undefined) fault.times--;
    return fault;
  };

  const forward = (request: IncomingMessage, response: ServerResponse, action: FaultAction | undefined): void => {
    const headers = { ...request.headers };
    if (action?.type === 'strip-range') delete headers.range;
    const upstreamRequest = httpRequest(
      { host: upstreamHost, port: Number(upstreamPort), method: request.method, path: request.url, headers },
      (upstreamResponse) => {
        const status = action?.type === 'status' ? action.status : (upstreamResponse.statusCode ?? 502);
        const responseHeaders = { ...upstreamResponse.headers, ...(action?.type === 'add-headers' ? action.headers : {}) };
        response.writeHead(status, responseHeaders);
        if (action?.type === 'throttle') {
          const started = performance.now();
          let sent = 0;
          upstreamResponse.on('data', (chunk: Buffer) => {
            upstreamResponse.pause();
            response.write(chunk);
            sent += chunk.length;
            const due = started + (sent / action.bytesPerSecond) * 1000 - performance.now();
            setTimeout(() => upstreamResponse.resume(), Math.max(0, due));
          });
          upstreamResponse.on('end', () => response.end());
          return;
        }
        if (action?.type !== 'reset-after' && action?.type !== 'stall-after') {
          upstreamResponse.pipe(response);
          return;
        }
        let sent = 0;
        let cut = false;
        upstreamResponse.on('data', (chunk: Buffer) => {
          if (cut) return;
          const room = action.bytes - sent;
          if (chunk.length < room) {
            response.write(chunk);
            sent += chunk.length;
            return;
          }
          cut = true;
          response.write(chunk.subarray(0, room));
          upstreamResponse.destroy();
          const kill = () => response.socket?.destroy();
          if (action.type === 'reset-after') setImmediate(kill);
          else setTimeout(kill, action.ms).unref();
        });
        upstreamResponse.on('end', () => {
          if (!cut) response.end();
        });
      },
    );
    upstreamRequest.on('error', () => response.socket?.destroy());
    request.pipe(upstreamRequest);
  };

  const server = createServer((request, response) => {
    const fault = pick(request);
    const record: SeenRequest = {
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      fault: fault?.name,
      arrivedAt: performance.now(),
    };
    seen.push(record);
    request.once('data', () => {
      record.bodyStartedAt ??= performance.now();
    });
    response.once('finish', () => {
      record.respondedAt = performance.now();
    });
    const action = fault?.action;
    if (action?.type === 'respond') {
      void drain(request).then((requestBody) => {
        response.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
        response.end(typeof action.body === 'function' ? action.body(request, requestBody) : (action.body ?? ''));
      });
      return;
    }
    if (action?.type === 'reset') {
      request.socket.destroy();
      return;
    }
    if (action?.type === 'hang') {
      void drain(request);
      return;
    }
    if (action?.type === 'redirect') {
      void drain(request).then(() => {
        response.writeHead(307, { location: action.location(request.url ?? '/') });
        response.end();
      });
      return;
    }
    forward(request, response, action);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  Object.assign(proxy, {
    host: `127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return proxy;
}

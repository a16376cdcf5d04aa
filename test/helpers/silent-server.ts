import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** Listens on loopback; `stop` destroys every socket the server tracked, then closes it. */
async function listenTracked(server: Server, sockets: Set<Socket>): Promise<{ host: string; stop(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A TCP server that accepts connections and never says anything: a hung registry or a black-holed proxy. */
export async function startSilentServer(): Promise<{ host: string; connections: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const state = { host: '', connections: 0, stop: async (): Promise<void> => {} };
  const server = createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.resume();
  });
  Object.assign(state, await listenTracked(server, sockets));
  return state;
}

/**
 * A plain-HTTP front for `upstream` that ignores a TLS hello (some proxies and embedded servers
 * just wait for more bytes): what a loopback registry's HTTPS-first probe meets.
 */
export async function startTlsIgnoringFront(
  upstream: string,
): Promise<{ host: string; tlsHellos: number; plainConnections: number; stop(): Promise<void> }> {
  const { connect } = await import('node:net');
  const sockets = new Set<Socket>();
  const state = { host: '', tlsHellos: 0, plainConnections: 0, stop: async (): Promise<void> => {} };
  const [upstreamHost, upstreamPort] = upstream.split(':');
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first: Buffer) => {
      if (first[0] === 0x16) {
        state.tlsHellos++;
        socket.resume();
        return;
      }
      state.plainConnections++;
      const back = connect(Number(upstreamPort), upstreamHost);
      sockets.add(back);
      back.on('error', () => socket.destroy());
      back.on('close', () => sockets.delete(back));
      back.write(first);
      socket.pipe(back);
      back.pipe(socket);
    });
  });
  Object.assign(state, await listenTracked(server, sockets));
  return state;
}

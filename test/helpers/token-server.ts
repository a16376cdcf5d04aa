import { createSign, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TokenSigningKey } from './pki.ts';

/** One token request as the server saw it, for assertions (scope order, grant type, who asked). */
export interface TokenRequest {
  method: string;
  grant: 'basic' | 'refresh_token' | 'anonymous';
  user: string | undefined;
  scopes: string[];
  service: string | undefined;
}

export interface TokenServerOptions {
  key: TokenSigningKey;
  issuer: string;
  service: string;
  users?: Record<string, string>;
  /** OAuth2 refresh tokens (identity tokens) and the user each stands for. */
  refreshTokens?: Record<string, string>;
  /** Which actions a user (undefined: anonymous) gets on a repository; default: all asked when authenticated. */
  grant?: (user: string | undefined, repository: string, actions: string[]) => string[];
  expiresIn?: number;
  /** Answer with `access_token` instead of `token`. */
  accessTokenField?: boolean;
  /** Answer 404 to POST, as realms without OAuth2 do. */
  noOAuth?: boolean;
}

export interface TokenServer {
  realm: string;
  requests: TokenRequest[];
  stop(): Promise<void>;
}

const b64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/** A Docker token server (distribution auth/token.md) issuing RS256 JWTs with a libtrust `kid`. */
export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const requests: TokenRequest[] = [];
  const readBody = async (request: IncomingMessage): Promise<string> => {
    let body = '';
    for await (const chunk of request) body += String(chunk);
    return body;
  };

  const sign = (user: string | undefined, scopes: string[]): string => {
    const now = Math.floor(Date.now() / 1000);
    const access = scopes.flatMap((scope) => {
      const [type, ...rest] = scope.split(':');
      const actions = (rest.pop() ?? '').split(',').filter((a) => a !== '');
      const name = rest.join(':');
      if (type !== 'repository') return [];
      const granted = options.grant?.(user, name, actions) ?? (user === undefined ? [] : actions);
      return [{ type, name, actions: granted }];
    });
    const header = { typ: 'JWT', alg: 'RS256', kid: options.key.keyId };
    const claims = {
      iss: options.issuer,
      sub: user ?? '',
      aud: options.service,
      exp: now + (options.expiresIn ?? 60),
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const payload = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = createSign('RSA-SHA256').update(payload).sign(options.key.keyPem);
    return `${payload}.${b64url(signature)}`;
  };

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://token');
      const deny = (status: number) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }));
      };
      let user: string | undefined;
      let grant: TokenRequest['grant'] = 'anonymous';
      let scopes = url.searchParams.getAll('scope');
      let service = url.searchParams.get('service') ?? undefined;
      if (request.method === 'POST') {
        const form = new URLSearchParams(await readBody(request));
        scopes = (form.get('scope') ?? '').split(' ').filter((s) => s !== '');
        service = form.get('service') ?? undefined;
        user = options.refreshTokens?.[form.get('refresh_token') ?? ''];
        grant = 'refresh_token';
        requests.push({ method: 'POST', grant, user, scopes, service });
        if (options.noOAuth === true) return deny(404);
        if (form.get('grant_type') !== 'refresh_token' || user === undefined) return deny(401);
      } else {
        const authorization = request.headers.authorization;
        if (authorization?.startsWith('Basic ') === true) {
          const decoded = Buffer.from(authorization.slice(6), 'base64').toString();
          const colon = decoded.indexOf(':');
          const name = decoded.slice(0, colon);
          const secret = decoded.slice(colon + 1);
          grant = 'basic';
          user = options.users?.[name] === secret ? name : options.refreshTokens?.[secret];
          requests.push({ method: 'GET', grant, user, scopes, service });
          if (user === undefined) return deny(401);
        } else {
          requests.push({ method: 'GET', grant, user, scopes, service });
        }
      }
      const token = sign(user, scopes);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          [options.accessTokenField === true ? 'access_token' : 'token']: token,
          expires_in: options.expiresIn ?? 60,
          issued_at: new Date().toISOString(),
        }),
      );
    })().catch(() => {
      response.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

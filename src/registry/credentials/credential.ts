/** What a registry can be authenticated with. Never printed. */
export type Credential =
  | { kind: 'basic'; username: string; password: string }
  /** An OAuth2 refresh token (`identitytoken`, or a helper's `<token>` user), exchanged at the realm. */
  | { kind: 'identity'; username: string | undefined; token: string }
  /** A bearer token used as is (`registrytoken`). */
  | { kind: 'registry-token'; token: string };

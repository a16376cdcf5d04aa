import { FlattenError, type ErrorKind } from '../errors.ts';
import { escapeControls } from '../display-text.ts';
import { redactSecrets } from '../redact.ts';

/**
 * A registry's refusal or absence, keeping its diagnostic as go-containerregistry's
 * transport.Error does: `kind` is `auth` (401/403, bad credentials) or `registry`; `status` is
 * the HTTP status (undefined when no answer came: a network error); `codes` are the
 * distribution-spec error codes of the body (`MANIFEST_UNKNOWN`, `DENIED`, …); `registry` is the
 * registry as written in the reference, when known. Never carries credentials.
 */
export class RegistryError extends FlattenError {
  readonly status: number | undefined;
  readonly codes: readonly string[];
  readonly registry: string | undefined;

  constructor(
    kind: ErrorKind,
    message: string,
    details: { status?: number; codes?: readonly string[]; registry?: string; hint?: string; cause?: unknown },
  ) {
    super(kind, message, { cause: details.cause, ...(details.hint === undefined ? {} : { hint: details.hint }) });
    this.name = 'RegistryError';
    this.status = details.status;
    this.codes = details.codes ?? [];
    this.registry = details.registry;
  }

  /** The first error code the registry sent, if any. */
  get code(): string | undefined {
    return this.codes[0];
  }
}

export interface RegistryDiagnostic {
  status: number;
  codes: string[];
  /** e.g. `401 UNAUTHORIZED: authentication required` */
  summary: string;
}

/** Reads the distribution-spec error body (`{"errors":[{"code","message"}]}`) when there is one. */
export function diagnose(status: number, serverBody: string): RegistryDiagnostic {
  // Server text may echo what we sent (an Authorization header): secrets go before anything reads it.
  const body = redactSecrets(serverBody);
  const codes: string[] = [];
  const parts: string[] = [];
  try {
    const parsed: unknown = JSON.parse(body);
    const errors = (parsed as { errors?: unknown }).errors;
    if (Array.isArray(errors)) {
      for (const entry of errors as unknown[]) {
        if (typeof entry !== 'object' || entry === null) continue;
        const { code, message } = entry as { code?: unknown; message?: unknown };
        if (typeof code === 'string') codes.push(code);
        const text = [typeof code === 'string' ? code : '', typeof message === 'string' ? message : ''].filter((s) => s !== '').join(': ');
        if (text !== '') parts.push(text);
      }
    }
  } catch {
    // not JSON: the status alone is the diagnostic
  }
  const detail = parts.length > 0 ? ` ${oneLine(parts.join('; '), 200)}` : '';
  return { status, codes, summary: `${status}${detail}` };
}

/** Keeps messages on one line and bounded, whatever a server sends; controls (ESC, bidi overrides) are escaped. */
export const oneLine = (text: string, max = 300): string => {
  const flat = escapeControls(text.replace(/\s+/g, ' ').trim());
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/**
 * The one error shape for a refused request: `unauthorized: push to team/app on host was refused
 * (401 UNAUTHORIZED: authentication required)`.
 */
export function responseError(diagnostic: RegistryDiagnostic, what: string, registry: string, hint?: string): RegistryError {
  const { status } = diagnostic;
  if (status === 401) {
    return new RegistryError('auth', `unauthorized: ${what} on ${registry} was refused (${diagnostic.summary})`, {
      status,
      codes: diagnostic.codes,
      registry,
      ...(hint === undefined ? {} : { hint }),
    });
  }
  if (status === 403) {
    return new RegistryError('auth', `denied: ${what} on ${registry} was refused (${diagnostic.summary})`, {
      status,
      codes: diagnostic.codes,
      registry,
      ...(hint === undefined ? {} : { hint }),
    });
  }
  const label = status === 404 ? 'not found' : status === 429 ? 'too many requests' : 'failed';
  return new RegistryError('registry', `${label}: ${what} on ${registry} (${diagnostic.summary})`, {
    status,
    codes: diagnostic.codes,
    registry,
  });
}

/** What a silent or stalled connection means, in words (the codes alone say little to a user). */
const EXPLAINED: Readonly<Record<string, string>> = {
  UND_ERR_CONNECT_TIMEOUT: 'no connection within options.transport.timeoutMs',
  UND_ERR_HEADERS_TIMEOUT: 'no answer within options.transport.timeoutMs',
  UND_ERR_BODY_TIMEOUT: 'silent mid-transfer for options.transport.timeoutMs',
  ERR_TRANSFER_STALLED: 'slower than options.transport.speedLimit.bytesPerSecond for options.transport.speedLimit.seconds',
};

/** The first `code` along an error's causes (Node's and undici's error codes). */
export const codeIn = (error: unknown): string | undefined => {
  for (let current = error, depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
};

export const networkError = (what: string, registry: string, cause: unknown): RegistryError => {
  const code = codeIn(cause);
  const explained = code === undefined ? undefined : EXPLAINED[code];
  const reason =
    code === undefined
      ? oneLine(cause instanceof Error ? cause.message : String(cause), 120)
      : explained === undefined
        ? code
        : `${code}: ${explained}`;
  return new RegistryError('registry', `network error: ${what} on ${registry} (${reason})`, { cause, registry });
};

/** Whether a request failed because it was aborted; an aborted run reports the abort, not a side effect of it. */
export const isAbort = (error: unknown, signal: AbortSignal | undefined): boolean => {
  signal?.throwIfAborted();
  return (error as { name?: unknown }).name === 'AbortError';
};

/**
 * Every failure the library reports is one of these: `kind` says what class of failure it is, and
 * `message` names on one line what was wrong and where (image, registry, layer digest, path,
 * option field) and never contains credentials. Exit codes are the CLI's business (src/cli/exit-codes.ts).
 */
export type ErrorKind = 'usage' | 'registry' | 'auth' | 'content' | 'io' | 'interrupted';

export class FlattenError extends Error {
  readonly kind: ErrorKind;
  /** A suggestion printed after the message, when there is a known fix. */
  readonly hint: string | undefined;
  /**
   * For a refused option: the field of the options object it names, as a path (`level`,
   * `platforms`, `transport.timeoutMs`). Messages name options the same way, as `options.FIELD`.
   */
  readonly option: string | undefined;

  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown; hint?: string; option?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FlattenError';
    this.kind = kind;
    this.hint = options?.hint;
    this.option = options?.option;
  }
}

/** Bad arguments or references given by the user. */
export const usageError = (message: string, hint?: string): FlattenError =>
  new FlattenError('usage', message, hint === undefined ? undefined : { hint });

/** A refused option value or combination: a usage error that names the option field (`level`, `transport.timeoutMs`). */
export const optionError = (option: string, message: string, hint?: string): FlattenError =>
  new FlattenError('usage', message, hint === undefined ? { option } : { option, hint });

/** Bad image content: broken tar, digest mismatch, hostile paths, unsupported media types. */
export const contentError = (message: string, cause?: unknown): FlattenError =>
  new FlattenError('content', message, cause === undefined ? undefined : { cause });

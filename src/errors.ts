/**
 * Every failure the tool reports is one of these. The CLI maps `exitCode` to the process exit
 * status and prints `message` on one line, so messages must name what was wrong and where
 * (image, registry, layer digest, path) and never contain credentials.
 */
export type ErrorKind = 'usage' | 'registry' | 'auth' | 'content' | 'io' | 'interrupted';

/** Exit codes, documented in the README. 1 is left for unexpected (bug) failures. */
export const EXIT_CODES: Readonly<Record<ErrorKind, number>> = {
  usage: 2,
  registry: 3,
  auth: 4,
  content: 5,
  io: 6,
  interrupted: 130,
};

export class FlattenError extends Error {
  readonly kind: ErrorKind;
  /** A suggestion printed after the message, when there is a known fix. */
  readonly hint: string | undefined;

  constructor(kind: ErrorKind, message: string, options?: { cause?: unknown; hint?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FlattenError';
    this.kind = kind;
    this.hint = options?.hint;
  }

  get exitCode(): number {
    return EXIT_CODES[this.kind];
  }
}

/** Bad arguments or references given by the user. */
export const usageError = (message: string, hint?: string): FlattenError =>
  new FlattenError('usage', message, hint === undefined ? undefined : { hint });

/** Bad image content: broken tar, digest mismatch, hostile paths, unsupported media types. */
export const contentError = (message: string, cause?: unknown): FlattenError =>
  new FlattenError('content', message, cause === undefined ? undefined : { cause });

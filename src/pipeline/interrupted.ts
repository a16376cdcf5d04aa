import { FlattenError } from '../errors.ts';

/**
 * A run stopped by its AbortSignal ends with one 'interrupted' error, whichever step noticed the
 * abort first (a request, the merge, a stream closed under a reader): the caller can tell a
 * cancelled run from a failed one by its kind alone. Other failures pass through unchanged.
 */
export function interruptedFailure(error: unknown, signal: AbortSignal | undefined, what: string): unknown {
  if (signal?.aborted !== true) return error;
  const reason: unknown = signal.reason;
  const why = reason instanceof Error ? reason.message : reason === undefined ? 'aborted' : String(reason);
  return new FlattenError('interrupted', `${what} was interrupted (${why})`, { cause: reason ?? error });
}

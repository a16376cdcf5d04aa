import { FlattenError } from '../index.ts';

/** A command line the CLI itself refuses (a malformed flag value, a mistyped command): exit 2, as the library's usage errors. */
export const usageError = (message: string, hint?: string): FlattenError =>
  new FlattenError('usage', message, hint === undefined ? undefined : { hint });

import { FlattenError, type ErrorKind } from '../index.ts';

/** The process exit status of each kind of failure, as the README's "Exit codes" table states them. 1 is left for bugs. */
export const EXIT_CODES: Readonly<Record<ErrorKind, number>> = {
  usage: 2,
  registry: 3,
  auth: 4,
  content: 5,
  io: 6,
  interrupted: 130,
};

/** The exit status for an error: its kind's code for a FlattenError, 1 (a bug) for anything else. */
export const exitCodeOf = (error: unknown): number => (error instanceof FlattenError ? EXIT_CODES[error.kind] : 1);

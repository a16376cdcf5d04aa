import { redactSecrets } from '../index.ts';
import type { CliIo } from './main.ts';

/**
 * The last net under everything the CLI prints, in every mode (-v, --json, progress): no secret
 * the run holds reaches stdout or stderr, whichever path a server's text took to get there.
 */
export function redactingIo(io: CliIo): CliIo {
  const wrap = <T extends CliIo['stdout']>(stream: T): T =>
    Object.assign(Object.create(stream) as T, { write: (text: string) => stream.write(redactSecrets(text)) });
  return { ...io, stdout: wrap(io.stdout), stderr: wrap(io.stderr) };
}

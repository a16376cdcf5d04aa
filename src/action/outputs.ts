import { appendFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';

/**
 * Append step outputs to the file the runner names in GITHUB_OUTPUT, in its multi-line form
 * (`name<<DELIMITER`), so no value can end one output early or forge another.
 */
export async function writeOutputs(file: string, outputs: Record<string, string>): Promise<void> {
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  await appendFile(file, text);
}

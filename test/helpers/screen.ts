/**
 * What a terminal shows after it has received `bytes`: the final screen, not the byte stream.
 * Interprets what the CLI and `script` send (printable text, CR, LF, cursor up `ESC[nA`, erase
 * line `ESC[2K`/`ESC[K`) with autowrap at `columns`; any other control sequence throws, so a
 * test cannot pass by reading one it does not understand.
 */
export function finalScreen(bytes: string, columns = 120): string[] {
  const lines: string[][] = [[]];
  let row = 0;
  let column = 0;
  const line = (): string[] => {
    while (lines.length <= row) lines.push([]);
    return lines[row] as string[];
  };
  for (let i = 0; i < bytes.length; i++) {
    const char = bytes[i] as string;
    if (char === '\x1b') {
      const match = /^\x1b\[(\d*)([A-Za-z])/.exec(bytes.slice(i));
      if (match === null) throw new Error(`unknown escape at ${i}: ${JSON.stringify(bytes.slice(i, i + 8))}`);
      const [sequence, count, command] = match as unknown as [string, string, string];
      if (command === 'A') row = Math.max(0, row - Number(count === '' ? 1 : count));
      else if (command === 'K' && (count === '2' || count === '' || count === '0')) {
        const current = line();
        if (count === '2') current.length = 0;
        else current.length = Math.min(current.length, column);
      } else throw new Error(`unsupported sequence ${JSON.stringify(sequence)}`);
      i += sequence.length - 1;
    } else if (char === '\r') column = 0;
    else if (char === '\n') {
      // A tty's default output mode (onlcr) turns LF into CR LF.
      row += 1;
      column = 0;
      line();
    } else if (char >= ' ' || char === '\t') {
      if (column >= columns) {
        row += 1;
        column = 0;
      }
      const current = line();
      while (current.length < column) current.push(' ');
      current[column] = char;
      column += 1;
    } else throw new Error(`unsupported control character ${JSON.stringify(char)}`);
  }
  const text = lines.map((l) => l.join('').trimEnd());
  while (text.length > 0 && text.at(-1) === '') text.pop();
  return text;
}

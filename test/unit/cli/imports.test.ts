import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src');
const CLI = join(SRC, 'cli');
const ENTRY = join(SRC, 'index.ts');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(ts|js|mts|cts)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/** Every module specifier of a file: static imports, `export … from`, `import type`, dynamic `import()`. */
function specifiersOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

describe('the CLI is a client of the public API', () => {
  it('src/cli imports nothing from src but src/index.ts and its own files', async () => {
    const files = await filesUnder(CLI);
    assert.ok(files.length >= 10, `found only ${files.length} files in src/cli`);
    const offenders: string[] = [];
    let relativeImports = 0;
    let entryImports = 0;
    for (const file of files) {
      for (const specifier of specifiersOf(await readFile(file, 'utf8'))) {
        if (!specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('file:')) continue;
        relativeImports += 1;
        const target = specifier.startsWith('file:') ? fileURLToPath(specifier) : resolve(dirname(file), specifier);
        if (target === ENTRY) entryImports += 1;
        else if (relative(CLI, target).startsWith('..') || relative(CLI, target) === '') {
          offenders.push(`${relative(SRC, file)} imports ${specifier}`);
        }
      }
    }
    // Not vacuous: the CLI's files do import one another and the entry point.
    assert.ok(relativeImports >= 20, `only ${relativeImports} relative imports found: is the parser reading the files?`);
    assert.ok(entryImports >= 5, `only ${entryImports} imports of src/index.ts found`);
    assert.deepEqual(offenders, []);
  });

  it('the library imports nothing from src/cli (only the Action, another client, may)', async () => {
    const offenders: string[] = [];
    let checked = 0;
    for (const file of await filesUnder(SRC)) {
      const inside = relative(SRC, file);
      if (inside.startsWith('cli/') || inside.startsWith('action/')) continue;
      checked += 1;
      for (const specifier of specifiersOf(await readFile(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        if (!relative(CLI, resolve(dirname(file), specifier)).startsWith('..')) offenders.push(`${inside} imports ${specifier}`);
      }
    }
    assert.ok(checked >= 50, `only ${checked} library files read`);
    assert.deepEqual(offenders, []);
  });

  it('the check sees a forbidden import, a re-export and a dynamic import', () => {
    const found = specifiersOf(
      "import { a } from '../errors.ts';\nimport type { B } from './b.ts';\nexport { c } from '../c.ts';\nconst d = await import('../d.ts');\n",
    );
    assert.deepEqual(found, ['../errors.ts', './b.ts', '../c.ts', '../d.ts']);
  });
});

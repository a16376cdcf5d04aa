import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src');

/** Flags of other tools a message may name as a fix (`skopeo copy --format v2s2`). */
const OTHER_TOOLS = /\b(skopeo copy|cosign sign|node|docker) --[a-z]/;

/** Every string and template text in a file, with its line. */
function textsOf(file: string, source: string): { line: number; text: string }[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const texts: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      texts.push({ line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return texts;
}

describe('library messages name option fields, never CLI flags', () => {
  it('no string in src outside src/cli and src/action holds a --flag (the CLI maps options.FIELD to flags)', async () => {
    const files = (await readdir(SRC, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => join(e.parentPath, e.name))
      .filter((file) => !/^(cli|action)\//.test(relative(SRC, file)));
    assert.ok(files.length >= 50, `only ${files.length} library files`);
    let texts = 0;
    const offenders: string[] = [];
    for (const file of files) {
      for (const { line, text } of textsOf(file, await readFile(file, 'utf8'))) {
        texts += 1;
        if (/(^|[\s(])--[a-z]/.test(text) && !OTHER_TOOLS.test(text)) offenders.push(`${relative(SRC, file)}:${line}: ${text}`);
      }
    }
    assert.ok(texts >= 1000, `only ${texts} strings read`);
    assert.deepEqual(offenders, []);
  });

  it('the scan sees strings and template parts, not comments', () => {
    // The placeholder is code in the scanned text, not in this test's string.
    const code = ['// --comment', "const a = 'one --level';", 'const b = `two $' + '{a} --platform`;'].join('\n');
    const found = textsOf('x.ts', code).map((t) => t.text);
    assert.deepEqual(found, ['one --level', 'two ', ' --platform']);
  });
});

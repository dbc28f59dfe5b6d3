import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import * as ts from 'typescript';

/**
 * The configuration types the code reads (src/validate/config.ts) and the
 * JSON Schema users and editors read are one truth: the schema is compiled
 * to TypeScript (json-schema-to-typescript) and the compiler must find the
 * two types identical, key for key, optional for optional, in both
 * directions. A key added to one and not the other fails here.
 */
const CONFIG = join(__dirname, '../../src/validate/config');
const SCHEMA = join(__dirname, '../../schemas/cogfed.schema.json');

test('src/validate/config.ts says exactly what schemas/cogfed.schema.json says', () => {
  // In a child process: the generator loads its formatter with a dynamic import, which jest's VM does not run.
  const script = `require('json-schema-to-typescript').compile(require(${JSON.stringify(SCHEMA)}), 'FromSchema', { bannerComment: '', additionalProperties: false, unknownAny: true, format: false }).then((t) => process.stdout.write(t))`;
  const child = spawnSync(process.execPath, ['-e', script], {
    cwd: join(__dirname, '../..'),
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  const generated = child.stdout;
  const dir = mkdtempSync(join(tmpdir(), 'cogfed-schema-types-'));
  try {
    writeFileSync(join(dir, 'from-schema.ts'), generated);
    writeFileSync(
      join(dir, 'check.ts'),
      [
        `import type { CogfedFile } from ${JSON.stringify(CONFIG)};`,
        `import type { ${rootName(generated)} as FromSchema } from './from-schema';`,
        // The schema's `$schema` key is for editors only; cogfed never reads it.
        `type Schema = Omit<FromSchema, '$schema'>;`,
        `type Deep<T> = T extends object ? { [K in keyof T]-?: Deep<T[K]> } & { [K in keyof T as \`optional:\${K & string}\`]: {} extends Pick<T, K> ? 'optional' : 'required' } : T;`,
        // Both directions, so a key missing on either side, or optional on one side only, is named in the error.
        `declare const fromSchema: Deep<Schema>;`,
        `declare const fromCode: Deep<CogfedFile>;`,
        `export const codeAcceptsSchema: Deep<CogfedFile> = fromSchema;`,
        `export const schemaAcceptsCode: Deep<Schema> = fromCode;`,
      ].join('\n'),
    );
    const program = ts.createProgram([join(dir, 'check.ts')], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    const messages = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(messages).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

/** The root interface: the first one the generator writes (named after the schema's title). */
function rootName(generated: string): string {
  return /export interface (\w+)/.exec(generated)![1];
}

import { validateContents } from '../../src/validate';

const stack = (name: string, region: string, prefix: string) =>
  Buffer.from(
    `version: 1\nstack: ${name}\naws: { region: ${region} }\nuserPools:\n  p:\n    domain: { prefix: ${prefix} }\n`,
  );
const run = (...files: Array<[string, Buffer]>) =>
  validateContents(files.map(([path, bytes]) => ({ path, bytes })));

describe('domain-prefix-duplicate', () => {
  test('one prefix in two Regions, or two prefixes in one: fine', () => {
    expect(
      run(
        ['a.yaml', stack('a', 'us-east-1', 'acme')],
        ['b.yaml', stack('b', 'eu-west-1', 'acme')],
        ['c.yaml', stack('c', 'us-east-1', 'acme-dev')],
      ).diagnostics,
    ).toEqual([]);
  });

  test('the second use in one Region is reported, naming the first file and line', () => {
    const result = run(
      ['a.yaml', stack('a', 'us-east-1', 'acme')],
      ['b.yaml', stack('b', 'us-east-1', 'acme')],
    );
    expect(result.diagnostics.map((d) => `${d.file}:${d.code}@${d.line}:${d.col}`)).toEqual([
      'b.yaml:domain-prefix-duplicate@6:23',
    ]);
    expect(result.diagnostics[0].message).toContain('a.yaml:6:23');
  });

  test('two environments of one definition sharing the base prefix', () => {
    const text = `version: 1\nstack: d\naws: { region: us-east-1 }\nenvironments:\n  dev: { stack: d-dev }\n  prod: { stack: d-prod }\nuserPools:\n  p:\n    domain: { prefix: acme }\n`;
    const result = validateContents([{ path: 'd.yaml', bytes: Buffer.from(text) }]);
    expect(result.diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`)).toEqual([
      'domain-prefix-duplicate@9:23',
    ]);
  });
});

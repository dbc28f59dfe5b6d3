import { validateContents } from '../../src/validate';

const stackFile = (stack: string) => Buffer.from(`version: 1\nstack: ${stack}\naws: { region: us-east-1 }\n`);

describe('stack-duplicate', () => {
  test('distinct stacks pass', () => {
    const result = validateContents([
      { path: 'a.yaml', bytes: stackFile('one') },
      { path: 'b.yaml', bytes: stackFile('two') },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  test('the second file with the same stack is reported, naming the first', () => {
    const result = validateContents([
      { path: 'a.yaml', bytes: stackFile('one') },
      { path: 'b.yaml', bytes: stackFile('one') },
    ]);
    expect(result.diagnostics.map((d) => `${d.file}:${d.code}@${d.line}:${d.col}`)).toEqual(['b.yaml:stack-duplicate@2:8']);
    expect(result.diagnostics[0].message).toContain('a.yaml');
  });
});

import { validateContents } from '../../src/validate';

const stackFile = (stack: string) =>
  Buffer.from(`version: 1\nstack: ${stack}\naws: { region: us-east-1 }\n`);

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
    expect(result.diagnostics.map((d) => `${d.file}:${d.code}@${d.line}:${d.col}`)).toEqual([
      'b.yaml:stack-duplicate@2:8',
    ]);
    expect(result.diagnostics[0].message).toContain('a.yaml');
  });
});

test('a file with a rule finding still takes part in the cross-file check', () => {
  const withVariable = (name: string) =>
    `version: 1\nstack: same\naws: { region: us-east-1 }\nuserPools:\n  p:\n    identityProviders:\n      Okta: { type: oidc, issuer: "https://x.okta.com", clientId: a, clientSecret: { variable: ${name} }, scopes: [openid] }\n`;
  const result = validateContents([
    { path: 'a.yaml', bytes: Buffer.from(withVariable('ok_name')) },
    { path: 'b.yaml', bytes: Buffer.from(withVariable('bad-name')) },
  ]);
  expect(result.diagnostics.map((d) => `${d.file}:${d.code}@${d.line}:${d.col}`)).toEqual([
    'b.yaml:stack-duplicate@2:8',
    'b.yaml:secret-variable-name@7:96',
  ]);
});

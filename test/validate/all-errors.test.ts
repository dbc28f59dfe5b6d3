import { stringify } from 'yaml';
import { validateContents } from '../../src/validate';
import { RULES } from '../../src/validate/rules';
import { parseReads } from '../../src/validate/parts';
import { completeFile, instantiate, schemaPositions, withValue } from '../helpers/positions';
import { diagnosticsOf, findings } from '../helpers/validate';

/**
 * One run shows every error. A valid file, and a catalogue of mistakes that
 * each replace one line: shape mistakes (the schema's findings) and rule
 * mistakes (a rule's), all independent of one another. Any combination of
 * them, applied together, reports exactly the findings of each one alone, at
 * the same line and column: a shape error in one part never hides a rule
 * error in another.
 */
const BASE = [
  'version: 1', //                                                            1
  'stack: all-errors', //                                                     2
  'aws:', //                                                                  3
  '  region: us-east-1', //                                                   4
  '  tags:', //                                                               5
  '    team: identity', //                                                    6
  'userPools:', //                                                            7
  '  first:', //                                                              8
  '    deletionProtection: true', //                                          9
  '    passwordPolicy: { minimumLength: 12 }', //                            10
  '    domain:', //                                                          11
  '      prefix: first-login', //                                            12
  '    resourceServers:', //                                                 13
  '      api:', //                                                           14
  '        identifier: https://api.example.com', //                          15
  '        scopes: { read: Read }', //                                       16
  '    identityProviders:', //                                               17
  '      Alpha:', //                                                         18
  '        type: oidc', //                                                   19
  '        issuer: https://alpha.example.com', //                            20
  '        clientId: alpha', //                                              21
  '        clientSecret: { ssm: /alpha }', //                                22
  '        scopes: [openid]', //                                             23
  '        attributesRequestMethod: GET', //                                 24
  '      Beta:', //                                                          25
  '        type: oidc', //                                                   26
  '        issuer: https://beta.example.com', //                             27
  '        clientId: beta', //                                               28
  '        clientSecret: { variable: beta_secret }', //                      29
  '        scopes: [openid]', //                                             30
  '        identifiers: [beta.example.com]', //                              31
  '    clients:', //                                                         32
  '      web:', //                                                           33
  '        callbackUrls: [https://app.example.com/cb]', //                   34
  '        oauth: { flows: [code], scopes: [openid, https://api.example.com/read] }', // 35
  '        identityProviders: [Alpha, Beta, COGNITO]', //                    36
  '        generateSecret: false', //                                        37
  '        tokenValidity: { access: 1h }', //                                38
  '      worker:', //                                                        39
  '        generateSecret: true', //                                         40
  '        oauth: { flows: [client_credentials], scopes: [https://api.example.com/read] }', // 41
  '  second:', //                                                            42
  '    passwordPolicy: { minimumLength: 12 }', //                            43
  '    mfa: { mode: off }', //                                               44
  '    domain:', //                                                          45
  '      prefix: second-login', //                                           46
];

interface Mistake {
  name: string;
  line: number;
  text: string;
  /** The finding it causes, `code@line:col`. */
  finding: string;
}

const MISTAKES: Mistake[] = [
  // Shape: the schema's findings.
  {
    name: 'a string for a boolean',
    line: 9,
    text: '    deletionProtection: "yes"',
    finding: 'schema-type@9:25',
  },
  {
    name: 'a value outside an enum',
    line: 24,
    text: '        attributesRequestMethod: PUT',
    finding: 'schema-enum@24:34',
  },
  {
    name: 'a word for a boolean in a client',
    line: 37,
    text: '        generateSecret: maybe',
    finding: 'schema-type@37:25',
  },
  {
    name: 'an MFA mode outside the enum',
    line: 44,
    text: '    mfa: { mode: sometimes }',
    finding: 'schema-enum@44:18',
  },
  {
    name: 'a misspelt password policy key',
    line: 43,
    text: '    passwordPolicy: { minimumLenght: 12 }',
    finding: 'schema-unknown-property@43:23',
  },
  {
    name: 'a provider without scopes',
    line: 30,
    text: '        # scopes forgotten',
    finding: 'schema-required@26:9',
  },
  // Rules: each in a part, or reading a path, that no shape mistake touches.
  {
    name: 'an http issuer',
    line: 20,
    text: '        issuer: http://alpha.example.com',
    finding: 'oidc-issuer@20:17',
  },
  {
    name: 'an http callback URL',
    line: 34,
    text: '        callbackUrls: [http://app.example.com/cb]',
    finding: 'client-url@34:24',
  },
  {
    name: 'a domain prefix with aws in it',
    line: 46,
    text: '      prefix: my-aws-login',
    finding: 'domain-prefix@46:15',
  },
  { name: 'a reserved tag key', line: 6, text: '    aws:team: identity', finding: 'tags@6:5' },
  {
    name: 'an identifier with a slash',
    line: 31,
    text: '        identifiers: [bad/identifier]',
    finding: 'idp-identifiers@31:23',
  },
  {
    name: 'a scope no resource server offers',
    line: 41,
    text: '        oauth: { flows: [client_credentials], scopes: [https://api.example.com/nope] }',
    finding: 'scope-unknown@41:56',
  },
  {
    name: 'an access token lifetime over a day',
    line: 38,
    text: '        tokenValidity: { access: 2d }',
    finding: 'token-validity@38:34',
  },
  {
    name: 'a stack name with capitals',
    line: 2,
    text: 'stack: All_Errors',
    finding: 'stack-name@2:8',
  },
  {
    name: 'a password minimum under 6',
    line: 10,
    text: '    passwordPolicy: { minimumLength: 3 }',
    finding: 'password-policy@10:38',
  },
];

function apply(mistakes: readonly Mistake[]): string {
  const lines = [...BASE];
  for (const m of mistakes) lines[m.line - 1] = m.text;
  return `${lines.join('\n')}\n`;
}

/** All k-element combinations of `items`, in order. */
function combinations<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((item, i) =>
    combinations(items.slice(i + 1), k - 1).map((rest) => [item, ...rest]),
  );
}

describe('one run shows every error', () => {
  test('the base file is valid, and each mistake alone gives exactly its finding', () => {
    expect(findings(apply([]))).toEqual([]);
    for (const mistake of MISTAKES)
      expect({ mistake: mistake.name, found: findings(apply([mistake])) }).toEqual({
        mistake: mistake.name,
        found: [mistake.finding],
      });
  });

  test('two shape mistakes and three rule mistakes: all five in one run', () => {
    const five = [MISTAKES[0], MISTAKES[5], MISTAKES[6], MISTAKES[7], MISTAKES[10]];
    expect(findings(apply(five))).toEqual([
      'schema-type@9:25',
      'oidc-issuer@20:17',
      'schema-required@26:9',
      'idp-identifiers@31:23',
      'client-url@34:24',
    ]);
  });

  test('every combination of five mistakes reports all five', () => {
    const all = combinations(MISTAKES, 5);
    expect(all.length).toBe(3003);
    // Every 7th combination (429 of them, a fixed spread over all shape/rule mixes), to keep the run short.
    for (const combination of all.filter((_, i) => i % 7 === 0)) {
      const expected = combination.map((m) => m.finding).sort();
      expect(findings(apply(combination)).sort()).toEqual(expected);
    }
  });

  test('all fifteen at once', () => {
    expect(findings(apply(MISTAKES)).sort()).toEqual(MISTAKES.map((m) => m.finding).sort());
  });
});

/**
 * Rules trust their input's types, so the engine must never hand a rule a
 * value of another type. Every position of the schema (generated from it),
 * given every value of a wrong type, in the complete file: validation never
 * throws, reports the fault at that position (or at the secret reference
 * that holds it), and nothing else but findings the same mistake causes
 * through its value (a list where a mapping belongs, and so on).
 */
describe('every rule sees only the types it declares', () => {
  const WRONG: Record<string, unknown> = {
    mapping: { a: 1 },
    list: [1],
    string: 'x',
    number: 7,
    boolean: true,
    null: null,
  };
  const base = completeFile();

  test('the complete file is valid', () => {
    expect(diagnosticsOf(stringify(base))).toEqual([]);
  });

  test.each(
    schemaPositions()
      .filter((p) => !p.key)
      .map((p) => ({ ...p, name: p.pattern.join('.') })),
  )('$name: a value of every wrong type', (position) => {
    const path = instantiate(base, position.pattern);
    expect(path).toBeDefined();
    for (const [name, value] of Object.entries(WRONG)) {
      if (typeMatches(position.kind, value)) continue;
      const text = stringify(withValue(base, path!, value));
      let result: ReturnType<typeof validateContents>;
      expect(
        () => (result = validateContents([{ path: 'f.yaml', bytes: Buffer.from(text) }])),
      ).not.toThrow();
      const pointer = path!.join('.');
      const errors = result!.diagnostics.filter((d) => d.severity === 'error');
      const atPosition = errors.filter(
        (d) =>
          d.pointer !== undefined &&
          (pointer === d.pointer ||
            pointer.startsWith(`${d.pointer}.`) ||
            d.pointer.startsWith(`${pointer}.`)),
      );
      expect({ position: pointer, value: name, atPosition: atPosition.length > 0 }).toEqual({
        position: pointer,
        value: name,
        atPosition: true,
      });
    }
  });

  test('every rule declares reads the engine understands', () => {
    for (const rule of RULES) expect(() => parseReads(rule.part, rule.reads)).not.toThrow();
  });
});

function typeMatches(kind: string, value: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    default:
      // enum, const and secret reference: no wrong-typed value is accepted by them.
      return false;
  }
}

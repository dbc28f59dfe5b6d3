import { hclString, literal, literalMap } from '../../src/compile/expressions';

describe('literal: user text reaches Terraform as written', () => {
  test('escapes interpolation and directive openers', () => {
    expect(literal('Costs ${price} %{if x}')).toBe('Costs $${price} %%{if x}');
  });
  test('leaves everything else alone', () => {
    expect(literal('https://app.acme.com/cb?x=1&y=$z %20 {a}')).toBe(
      'https://app.acme.com/cb?x=1&y=$z %20 {a}',
    );
  });
  test('maps: keys and values', () => {
    expect(literalMap({ 'a${b}': '%{c}' })).toEqual({ 'a$${b}': '%%{c}' });
  });
});

describe('hclString: a quoted string inside an expression', () => {
  test.each([
    ['client_secret', '"client_secret"'],
    ['a"b', '"a\\"b"'],
    ['a\\b', '"a\\\\b"'],
    ['line\nbreak', '"line\\nbreak"'],
    ['${x} %{y}', '"$${x} %%{y}"'],
  ])('%j', (text, expected) => {
    expect(hclString(text)).toBe(expected);
  });
});

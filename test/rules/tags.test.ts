import { findings, yaml } from '../helpers/validate';

describe('tags', () => {
  test('accepts keys up to 128 characters and values up to 256, empty values included', () => {
    expect(
      findings(yaml`
      version: 1
      stack: test-stack
      aws:
        region: us-east-1
        tags:
          team: identity
          ${'k'.repeat(128)}: ${'v'.repeat(256)}
          empty: ""
          awsome: yes-really
    `),
    ).toEqual([]);
  });

  test('rejects long keys and aws: keys at the key, long values at the value', () => {
    expect(
      findings(yaml`
      version: 1
      stack: test-stack
      aws:
        region: us-east-1
        tags:
          ${'k'.repeat(129)}: x
          "aws:team": identity
          AWS:cost: x
          team: ${'v'.repeat(257)}
    `),
    ).toEqual(['tags@6:5', 'tags@7:5', 'tags@8:5', 'tags@9:11']);
  });
});

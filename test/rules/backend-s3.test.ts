import { diagnosticsOf, findings, yaml } from '../helpers/validate';

const backend = (s3: string) => yaml`
  version: 1
  stack: test-stack
  aws: { region: us-east-1 }
  backend:
    s3: ${s3}
`;

describe('backend-s3', () => {
  test('accepts valid bucket names and keys', () => {
    for (const s3 of [
      '{ bucket: acme-tf-state, region: us-east-1 }',
      '{ bucket: abc, region: us-east-1, key: cognito/acme.tfstate }',
      `{ bucket: ${'a'.repeat(63)}, region: us-east-1, key: state }`,
      '{ bucket: acme.tf.state-1, region: us-east-1 }',
    ]) {
      expect(findings(backend(s3))).toEqual([]);
    }
  });

  test.each([
    ['ab', '2 characters'],
    ['a'.repeat(64), '64 characters'],
    ['Acme-State', '`A`'],
    ['acme_state', '`_`'],
    ['-acme', 'start and end'],
    ['acme.', 'start and end'],
    ['acme..state', 'adjacent periods'],
  ])('rejects bucket %s, at the bucket', (bucket, reason) => {
    const text = backend(`{ bucket: "${bucket}", region: us-east-1 }`);
    expect(findings(text)).toEqual(['backend-s3@5:17']);
    expect(diagnosticsOf(text)[0].message).toContain(reason);
  });

  test('rejects an empty key and a leading slash, at the key', () => {
    expect(findings(backend('{ bucket: acme-tf-state, region: us-east-1, key: "" }'))).toEqual([
      'backend-s3@5:56',
    ]);
    expect(
      findings(backend('{ bucket: acme-tf-state, region: us-east-1, key: /cognito/x.tfstate }')),
    ).toEqual(['backend-s3@5:56']);
  });
});

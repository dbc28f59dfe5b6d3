import { diagnosticsOf, findings, yaml } from '../helpers/validate';

describe('aws-region', () => {
  test('accepts region codes, GovCloud and China included', () => {
    for (const region of [
      'us-east-1',
      'eu-central-2',
      'ap-southeast-2',
      'us-gov-west-1',
      'cn-north-1',
      'il-central-1',
    ]) {
      expect(
        findings(yaml`
        version: 1
        stack: test-stack
        aws:
          region: ${region}
        backend:
          s3: { bucket: acme-tf-state, region: ${region} }
      `),
      ).toEqual([]);
    }
  });

  test('rejects malformed regions in aws, backend.s3 and mfa.sms, suggesting the fix', () => {
    const text = yaml`
      version: 1
      stack: test-stack
      aws:
        region: US-EAST-1
      backend:
        s3: { bucket: acme-tf-state, region: useast1 }
      userPools:
        main:
          mfa:
            mode: optional
            methods: [sms]
            sms: { snsCallerArn: "arn:aws:iam::111122223333:role/sms", externalId: x, snsRegion: us-east1 }
    `;
    expect(findings(text)).toEqual(['aws-region@4:11', 'aws-region@6:40', 'aws-region@12:92']);
    const [upper, , noHyphen] = diagnosticsOf(text);
    expect(upper.hint).toContain('did you mean `us-east-1`?');
    expect(noHyphen.hint).toContain('did you mean `us-east-1`?');
  });
});

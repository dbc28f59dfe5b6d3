import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import {
  BINDINGS_AWS_PROVIDER_VERSION,
  DEFAULT_AWS_PROVIDER_VERSION,
} from '../../src/validate/aws-provider';
import { admitsSome, parseConstraint, parseVersion } from '../../src/validate/version-constraint';
import { HEADER } from '../helpers/validate';
import { stackOf } from './helpers';

describe('the hashicorp/aws version constraint', () => {
  test('defaults to ~> 6.25 (the bindings version up to 7.0), not the bindings exact pin', () => {
    expect(stackOf(HEADER).terraform.required_providers.aws).toEqual({
      source: 'aws',
      version: '~> 6.25',
    });
  });

  test('aws.providerVersion narrows or widens it, written as given', () => {
    const withVersion = (constraint: string) =>
      stackOf(
        HEADER.replace(
          '  region: us-east-1\n',
          `  region: us-east-1\n  providerVersion: "${constraint}"\n`,
        ),
      );
    expect(withVersion('= 6.28.0').terraform.required_providers.aws.version).toBe('= 6.28.0');
    expect(withVersion('>= 6.12, < 7').terraform.required_providers.aws.version).toBe(
      '>= 6.12, < 7',
    );
  });

  test('the bindings are generated from the version the default starts at', () => {
    const stack = new TerraformStack(new App({ outdir: '/nonexistent' }), 'probe');
    const provider = new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    expect(provider.terraformGeneratorMetadata?.providerVersion).toBe(
      BINDINGS_AWS_PROVIDER_VERSION,
    );

    const items = parseConstraint(DEFAULT_AWS_PROVIDER_VERSION)!;
    const bindings = parseVersion(BINDINGS_AWS_PROVIDER_VERSION)!;
    expect(admitsSome(items, bindings, { ...bindings, patch: bindings.patch + 1 })).toBe(true);
    expect(admitsSome(items, parseVersion('0.0.0')!, bindings)).toBe(false);
    expect(admitsSome(items, parseVersion('7.0.0')!)).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Json } from '../compile/helpers';
import { prepareStack } from './harness';
import { clientExpectations, mockTestFile, planTestFile } from './tftest';

/** What the Terraform tests check and change, without Terraform: runs on every machine. */
const golden = (name: string): Json =>
  JSON.parse(readFileSync(join(__dirname, '../golden', `${name}.cdk.tf.json`), 'utf8'));
const copy = (stack: Json): Json => JSON.parse(JSON.stringify(stack));

describe('the generated .tftest.hcl files', () => {
  test('expectations come from the addresses: each client in its pool, each listed provider resolved to its written name', () => {
    expect(clientExpectations(golden('kitchen-sink'))).toEqual([
      {
        client: 'members__web',
        pool: 'members',
        identityProviders: {
          names: ['Acme Corp', 'COGNITO', 'Legacy'],
          providers: ['members__Acme_Corp__ha73cb456', 'members__Legacy'],
        },
      },
      { client: 'members__worker', pool: 'members' },
    ]);
  });

  test('the mock file: mock_data JSON for jsondecode, a value for every variable, and one assertion per fact', () => {
    const { text, runs } = mockTestFile(golden('kitchen-sink'));
    expect(runs).toEqual(['mock_plan', 'mock_apply']);
    expect(text).toContain('mock_provider "aws" {\n');
    expect(text).toContain(
      'mock_data "aws_secretsmanager_secret_version" {\n    defaults = {\n      secret_string = "{\\"secret\\":\\"test-value-of-secret\\"}"\n',
    );
    expect(text).toContain('variables {\n  legacy_secret = "test-value-of-legacy_secret"\n}\n');
    const [plan, apply] = text.split('run "mock_apply"');
    const conditions = (part: string) =>
      [...part.matchAll(/condition {5}= (.*)\n/g)].map((m) => m[1]);
    expect(conditions(plan.split('run "mock_plan"')[1])).toEqual([
      'toset(aws_cognito_user_pool_client.members__web.supported_identity_providers) == toset(["Acme Corp", "COGNITO", "Legacy"])',
    ]);
    expect(conditions(apply)).toEqual([
      'aws_cognito_user_pool_client.members__web.user_pool_id == aws_cognito_user_pool.members.id',
      'aws_cognito_identity_provider.members__Acme_Corp__ha73cb456.user_pool_id == aws_cognito_user_pool.members.id',
      'aws_cognito_identity_provider.members__Legacy.user_pool_id == aws_cognito_user_pool.members.id',
      'aws_cognito_user_pool_client.members__worker.user_pool_id == aws_cognito_user_pool.members.id',
      'toset(aws_cognito_user_pool_client.members__web.supported_identity_providers) == toset(["Acme Corp", "COGNITO", "Legacy"])',
      ...Object.keys(golden('kitchen-sink').output).map(
        (o) => `output.${o} != null && !strcontains(jsonencode(output.${o}), "$\${")`,
      ),
    ]);
  });

  test('the plan file: the stack region and tags with offline credentials, override_data for each secret source', () => {
    const { text, runs } = planTestFile(golden('scalekit-sso'));
    expect(runs).toEqual(['provider_plan']);
    expect(text).toContain(
      '  region                      = "us-east-1"\n  access_key                  = "test"\n  secret_key                  = "test"\n  skip_credentials_validation = true\n  skip_requesting_account_id  = true\n  skip_metadata_api_check     = true\n',
    );
    expect(text).toContain(
      'override_data {\n  target = data.aws_ssm_parameter.customers__ScalekitIdPRouter__client_secret\n  values = {\n    value = "test-value-of-customers__ScalekitIdPRouter__client_secret"\n  }\n}\n',
    );
    expect(planTestFile(golden('beyond-identity')).text).toContain(
      'override_data {\n  target = data.aws_secretsmanager_secret_version.users__BeyondIdentity__client_secret\n  values = {\n    secret_string = "{\\"client_secret\\":\\"test-value-of-client_secret\\"}"\n',
    );
  });

  test('a stack the generator does not understand fails loudly', () => {
    const otherPool = copy(golden('kitchen-sink'));
    otherPool.resource.aws_cognito_identity_provider.other__Idp = {
      provider_name: 'Idp',
      user_pool_id: '${aws_cognito_user_pool.other.id}',
    };
    otherPool.resource.aws_cognito_user_pool_client.members__web.supported_identity_providers.push(
      '${aws_cognito_identity_provider.other__Idp.provider_name}',
    );
    expect(() => mockTestFile(otherPool)).toThrow(
      'client members__web: refers to other__Idp, a provider outside pool members',
    );

    const expression = copy(golden('kitchen-sink'));
    expression.resource.aws_cognito_user_pool_client.members__web.supported_identity_providers = [
      '${var.idp}',
    ];
    expect(() => mockTestFile(expression)).toThrow('neither a literal nor a provider');

    const dataSource = copy(golden('kitchen-sink'));
    dataSource.data.aws_caller_identity = { me: {} };
    expect(() => planTestFile(dataSource)).toThrow(
      'data sources aws_caller_identity have no override: the plan would call AWS',
    );
  });
});

describe('the stack copy the tests run (prepareStack)', () => {
  test('for the mirrored 5.100.0: prevent_destroy, the version constraint and the branding resource, each with why', () => {
    const { stack, changes } = prepareStack(golden('kitchen-sink'), '5.100.0');
    expect(changes).toEqual([
      'terraform.required_providers.aws.version: "~> 6.25" became "= 5.100.0", the provider the mirror holds',
      'aws_cognito_managed_login_branding.members__web: removed, because aws_cognito_managed_login_branding arrived in hashicorp/aws 6.12.0 and the mirror holds 5.100.0',
    ]);
    expect(stack.resource.aws_cognito_managed_login_branding).toBeUndefined();
    expect(prepareStack(golden('beyond-identity'), '5.100.0').changes).toEqual([
      'aws_cognito_user_pool.users: lifecycle.prevent_destroy removed, because terraform test destroys what its apply run created',
      'terraform.required_providers.aws.version: "~> 6.25" became "= 5.100.0", the provider the mirror holds',
    ]);
  });

  test('for a provider the constraint admits, only prevent_destroy goes', () => {
    const { stack, changes } = prepareStack(golden('beyond-identity'), '6.25.0');
    expect(changes).toEqual([
      'aws_cognito_user_pool.users: lifecycle.prevent_destroy removed, because terraform test destroys what its apply run created',
    ]);
    expect(stack.resource.aws_cognito_user_pool.users.lifecycle).toBeUndefined();
    expect(stack.terraform.required_providers.aws.version).toBe('~> 6.25');
    expect(
      prepareStack(golden('kitchen-sink'), '6.12.0').stack.resource
        .aws_cognito_managed_login_branding,
    ).toBeDefined();
  });

  test('removing a resource something still refers to is an error, not a silent change', () => {
    const stack = copy(golden('kitchen-sink'));
    stack.output.branding = { value: '${aws_cognito_managed_login_branding.members__web.id}' };
    expect(() => prepareStack(stack, '5.100.0')).toThrow(
      'the stack still refers to aws_cognito_managed_login_branding',
    );
  });
});

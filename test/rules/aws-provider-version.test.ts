import { diagnosticsOf, findings, yaml } from '../helpers/validate';

/** A file whose aws.providerVersion (line 5, value at column 20) is `constraint`, then `rest`. */
const withVersion = (constraint: string, rest = '') =>
  yaml`
  version: 1
  stack: test-stack
  aws:
    region: us-east-1
    providerVersion: "${constraint}"
` + rest;

/** A pool on managed login with a code client: compile writes aws_cognito_managed_login_branding. */
const MANAGED_LOGIN = yaml`
  userPools:
    main:
      domain: { prefix: acme-login, managedLoginVersion: 2 }
      clients:
        web:
          callbackUrls: [https://app.example.com/cb]
          oauth: { flows: [code], scopes: [openid] }
          identityProviders: [COGNITO]
`;

/** This rule's findings, with their severity (other rules' findings are not this test's business). */
const severities = (text: string) =>
  diagnosticsOf(text)
    .filter((d) => d.code === 'aws-provider-version')
    .map((d) => `${d.code}@${d.line}:${d.col} ${d.severity}`);

describe('aws-provider-version', () => {
  test('accepts the default, narrower and wider 6.x constraints, with and without managed login', () => {
    for (const constraint of [
      '~> 6.25',
      '~> 6.25.3',
      '= 6.28.0',
      '6.30.1',
      '>= 6.12, < 7',
      '>=6.6,<7',
      ' ~> 6.12 ',
      '~> 6.25, != 6.26.0',
      '= 6.30.0-beta1',
    ]) {
      expect(findings(withVersion(constraint))).toEqual([]);
      expect(findings(withVersion(constraint, MANAGED_LOGIN))).toEqual([]);
    }
  });

  test('an omitted providerVersion is the default and says nothing', () => {
    expect(
      findings(yaml`
      version: 1
      stack: test-stack
      aws: { region: us-east-1 }
    `),
    ).toEqual([]);
  });

  test('rejects what Terraform cannot parse, at the value', () => {
    for (const constraint of [
      '',
      ' ',
      '6.x',
      'v6.25',
      '^6.25',
      '>= 6.25,',
      '>= 5.0 < 7',
      '6.25.0.1',
      '=> 6',
      'latest',
      '>=\t6.25',
      '~>',
    ]) {
      expect(findings(withVersion(constraint))).toEqual(['aws-provider-version@5:20']);
    }
    const [d] = diagnosticsOf(withVersion('^6.25'));
    expect(d.message).toBe(
      '`aws.providerVersion` is a Terraform version constraint: versions of 1-3 numbers separated by commas, each after an optional `=`, `!=`, `>`, `>=`, `<`, `<=` or `~>`; received "^6.25"',
    );
    expect(d.hint).toBe(
      'write e.g. `~> 6.25` (6.25.0 up to 7.0.0, the default), `>= 6.25, < 7` or `= 6.28.0`',
    );
  });

  test('rejects a constraint no version meets', () => {
    for (const constraint of ['>= 7, < 6', '= 6.25.0, != 6.25.0', '< 0', '~> 6.25.0, >= 6.26']) {
      expect(severities(withVersion(constraint))).toEqual(['aws-provider-version@5:20 error']);
    }
    expect(diagnosticsOf(withVersion('>= 7, < 6'))[0].message).toBe(
      'the constraint admits no hashicorp/aws version, so `terraform init` fails; received ">= 7, < 6"',
    );
  });

  test('managed-login branding needs 6.12.0: an error when the constraint admits only older versions', () => {
    for (const constraint of ['~> 5.100', '~> 6.11.0', '< 6.12', '= 6.12.0-beta1']) {
      expect(severities(withVersion(constraint, MANAGED_LOGIN))).toEqual([
        'aws-provider-version@5:20 error',
      ]);
    }
    const [d] = diagnosticsOf(withVersion('~> 5.100', MANAGED_LOGIN));
    expect(d.message).toBe(
      '`userPools.main.clients.web` signs in on managed-login pages (`managedLoginVersion: 2`), which cogfed styles with aws_cognito_managed_login_branding, a resource hashicorp/aws has since 6.12.0; the constraint admits only older versions; received "~> 5.100"',
    );
    expect(d.hint).toBe(
      'allow 6.12.0 or later (the default `~> 6.25` does), or use `managedLoginVersion: 1` (the classic hosted UI)',
    );
    // A range that reaches 6.12.0 is enough: terraform init picks the newest version it admits.
    expect(findings(withVersion('>= 6.6, < 7', MANAGED_LOGIN))).toEqual([]);
    // No branding without managed login, or without a client on the hosted pages.
    expect(
      severities(
        withVersion(
          '~> 6.11.0',
          MANAGED_LOGIN.replace('managedLoginVersion: 2', 'managedLoginVersion: 1'),
        ),
      ),
    ).toEqual([]);
    expect(
      severities(
        withVersion(
          '~> 6.11.0',
          MANAGED_LOGIN.replace(
            'flows: [code], scopes: [openid]',
            'flows: [client_credentials], scopes: [api/read]',
          ),
        ),
      ),
    ).toEqual([]);
  });

  test('warns when versions before 6.6.0 are admitted: a rename would replace the pool', () => {
    for (const constraint of ['~> 5.100', '>= 5.0, < 7', '~> 6.0', '6.5.0', '< 6.12, > 6.5.9']) {
      expect(severities(withVersion(constraint))).toEqual(['aws-provider-version@5:20 warning']);
    }
    const [d] = diagnosticsOf(withVersion('~> 5.100'));
    expect(d.message).toBe(
      'the constraint admits hashicorp/aws versions before 6.6.0, which replace a user pool when its `name` changes (every user is deleted) while `cogfed diff` reports an update in place; received "~> 5.100"',
    );
    expect(d.hint).toBe(
      'start the range at 6.6.0 or later, e.g. `~> 6.25` (the default); managed-login branding (`managedLoginVersion: 2`) needs 6.12.0 or later',
    );
    // A prerelease lower bound admits no release below its own.
    expect(findings(withVersion('>= 6.6.0-beta1, < 7'))).toEqual([]);
  });

  test('warns when 7.0.0 or later is admitted', () => {
    for (const constraint of ['>= 6.25', '> 6.6', '~> 7.0', '!= 6.0.0, > 6.25']) {
      expect(severities(withVersion(constraint))).toEqual(['aws-provider-version@5:20 warning']);
    }
    expect(diagnosticsOf(withVersion('>= 6.25'))[0].message).toBe(
      'the constraint admits hashicorp/aws 7.0.0 or later, a major version that may remove or change what cogfed writes for 6.x; received ">= 6.25"',
    );
    // Both warnings for a constraint with no bounds that matter.
    expect(severities(withVersion('>= 0'))).toEqual([
      'aws-provider-version@5:20 warning',
      'aws-provider-version@5:20 warning',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yaml } from '../helpers/validate';
import { TempRepo } from './repo';

/**
 * `cogfed diff` reads a SAML provider's metadata file on each side: in the
 * working tree for the head, with `git show` at the base commit for the base
 * (never the working tree's copy), so a new certificate shows as a hazard.
 */
const ENTRA = readFileSync(join(__dirname, '../../config/metadata/entra-contoso.xml'), 'utf8');
const ROLLOVER = readFileSync(join(__dirname, '../saml/fixtures/rollover.xml'), 'utf8');

const CONFIG = yaml`
  version: 1
  stack: contoso
  aws: { region: eu-central-1 }
  userPools:
    employees:
      domain: { prefix: contoso-login }
      identityProviders:
        ContosoEntra:
          type: saml
          metadataFile: metadata/entra.xml
`;

type Hazard = { code: string; line: number; col: number; severity: string };

describe('cogfed diff with SAML metadata files', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo({ 'config/contoso.yaml': CONFIG, 'config/metadata/entra.xml': ENTRA });
  });
  afterEach(() => repo.cleanup());

  test('a new certificate in the working tree, against the base read with git show: a warning, exit 0, an update in place', () => {
    repo.write('config/metadata/entra.xml', ROLLOVER);
    const result = repo.diff({ format: 'json' });
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.hazards.map((h: Hazard) => [h.code, h.severity, h.line, h.col])).toEqual([
      ['saml-certificate-changed', 'warning', 10, 23],
    ]);
    const contoso = report.stacks.find((s: { stack: string }) => s.stack === 'contoso');
    expect(
      contoso.changes.find(
        (c: { address: string }) =>
          c.address === 'aws_cognito_identity_provider.employees__ContosoEntra',
      ),
    ).toMatchObject({ action: 'update' });
  });

  test('unchanged metadata: nothing to report', () => {
    const result = repo.diff({ format: 'json' });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).hazards).toEqual([]);
  });

  test('a base whose metadata file is missing at the base commit is not compared: a note names the ref, and the change that fixes it passes', () => {
    repo
      .remove('config/metadata/entra.xml')
      .commit('metadata removed')
      .write('config/metadata/entra.xml', ENTRA);
    const result = repo.diff({ base: 'HEAD', format: 'json' });
    expect(result.exitCode).toBe(0);
    expect(JSON.stringify(JSON.parse(result.stdout).baseProblems)).toContain(
      'the SAML metadata file metadata/entra.xml does not exist',
    );
  });

  test('changing the type of the provider is blocking: exit 1 until accepted', () => {
    const oidc = [
      'type: oidc',
      'issuer: https://login.microsoftonline.com/t/v2.0',
      'clientId: abc',
      'clientSecret: { variable: entra_secret }',
      'scopes: [openid]',
    ].join('\n        ');
    repo.edit('config/contoso.yaml', (text) =>
      text.replace('type: saml\n        metadataFile: metadata/entra.xml', oidc),
    );
    const blocked = repo.diff({ format: 'json' });
    expect(blocked.exitCode).toBe(1);
    expect(JSON.parse(blocked.stdout).hazards.map((h: Hazard) => h.code)).toEqual([
      'idp-type-changed',
    ]);
    expect(repo.diff({ format: 'json', accept: ['idp-type-changed'] }).exitCode).toBe(0);
  });
});

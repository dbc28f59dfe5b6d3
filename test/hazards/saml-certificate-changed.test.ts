import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yaml } from '../helpers/validate';
import { actionOf, hazardsOf, only, summary } from './helpers';

/** Entra-shaped metadata (config/metadata) and fixtures made with it in the same run (scripts/make-saml-metadata.js). */
const ENTRA = readFileSync(join(__dirname, '../../config/metadata/entra-contoso.xml'), 'utf8');
/** A rollover in progress: a new certificate first, then the example's. */
const ROLLOVER = readFileSync(join(__dirname, '../saml/fixtures/rollover.xml'), 'utf8');
/** The example's certificate, without a SingleLogoutService: other metadata, same certificate. */
const NO_SLO = readFileSync(join(__dirname, '../saml/fixtures/no-slo.xml'), 'utf8');

const FILE = yaml`
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
const ENTRA_ADDRESS = 'aws_cognito_identity_provider.employees__ContosoEntra';
const files = (xml: string) => ({ 'metadata/entra.xml': xml });

describe('saml-certificate-changed', () => {
  test('WARN: the new metadata adds a signing certificate (a rollover starts): updated in place, at metadataFile', () => {
    const run = hazardsOf(FILE, FILE, { baseFiles: files(ENTRA), headFiles: files(ROLLOVER) });
    expect(actionOf(run, ENTRA_ADDRESS)).toBe('update');
    expect(summary(run)).toEqual(['saml-certificate-changed employees/ContosoEntra@10:23']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      severity: 'warning',
      path: 'userPools.employees.identityProviders.ContosoEntra.metadataFile',
    });
    expect(hazard.message).toMatch(
      /^the metadata of SAML provider ContosoEntra in pool employees adds a signing certificate \(SHA-256 ([0-9A-F]{2}:){7}[0-9A-F]{2}…\): the provider is updated in place/,
    );
    expect(hazard.message).not.toContain('removes');
  });

  test('WARN: the old certificate is removed (the rollover ends): the hint says to apply once the IdP signs with the new one', () => {
    const run = hazardsOf(FILE, FILE, { baseFiles: files(ROLLOVER), headFiles: files(ENTRA) });
    const [hazard] = only(run, 'saml-certificate-changed');
    expect(hazard.message).toContain('removes a signing certificate');
    expect(hazard.hint).toContain('apply once the IdP signs with the new certificate');
  });

  test('PASS: other metadata with the same certificate is an update and no hazard', () => {
    const run = hazardsOf(FILE, FILE, { baseFiles: files(ENTRA), headFiles: files(NO_SLO) });
    expect(actionOf(run, ENTRA_ADDRESS)).toBe('update');
    // Another tenant's metadata is another IdP application (idp-identity-changed), but nothing about certificates.
    expect(run.hazards.filter((h) => h.code === 'saml-certificate-changed')).toEqual([]);
  });

  test('PASS: a metadata URL is not seen by cogfed, so nothing is said about its certificates', () => {
    const byUrl = FILE.replace(
      'metadataFile: metadata/entra.xml',
      'metadataUrl: https://login.microsoftonline.com/t/federationmetadata/2007-06/federationmetadata.xml',
    );
    const run = hazardsOf(byUrl, byUrl.replace('/t/', '/u/'));
    expect(actionOf(run, ENTRA_ADDRESS)).toBe('update');
    // Another tenant's metadata is another IdP application (idp-identity-changed), but nothing about certificates.
    expect(run.hazards.filter((h) => h.code === 'saml-certificate-changed')).toEqual([]);
  });
});

import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryReader } from '../../src/load/related';
import { validateContents } from '../../src/validate';
import { DEFINITION } from './fixtures';

/**
 * A SAML provider written in a tenant file names its metadataFile relative
 * to that tenant file, not to the definition it joins: validate reads it
 * through the reader of the file that wrote the provider, and the assembled
 * stack carries the document to the model.
 */
const ENTRA = readFileSync(join(__dirname, '../../config/metadata/entra-contoso.xml'), 'utf8');
// Well inside the example certificate's validity (the third certificate is the IdP's signing one).
const NOW = (() => {
  const texts = [...ENTRA.matchAll(/<X509Certificate>([^<]+)<\/X509Certificate>/g)].map(
    (m) => m[1],
  );
  return (
    new Date(new X509Certificate(Buffer.from(texts[2], 'base64')).validTo).getTime() -
    200 * 24 * 60 * 60 * 1000
  );
})();

const TENANT = `tenant: contoso
joins: { stack: acme-sso-prod, pool: customers }
identityProviders:
  ContosoEntra:
    type: saml
    metadataFile: metadata/contoso.xml
    identifiers: [contoso.com]
`;

function validate(
  tenantFiles: Record<string, string>,
  definitionFiles: Record<string, string> = {},
) {
  return validateContents(
    [
      {
        path: 'config/acme-sso/stack.yaml',
        bytes: Buffer.from(DEFINITION),
        related: memoryReader(definitionFiles),
      },
      {
        path: 'config/acme-sso/tenants/contoso.yaml',
        bytes: Buffer.from(TENANT),
        related: memoryReader(tenantFiles),
      },
    ],
    { now: new Date(NOW) },
  );
}

test("a tenant's metadataFile is read beside the tenant file and carried on its stack", () => {
  const result = validate({ 'metadata/contoso.xml': ENTRA });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const prod = result.stacks.find((s) => s.name === 'acme-sso-prod')!;
  expect(prod.valid).toBe(true);
  expect([...prod.metadata.keys()]).toEqual(['metadata/contoso.xml']);
  expect(prod.metadata.get('metadata/contoso.xml')!.content).toBe(ENTRA);
  // The other environment has no SAML provider, so no document.
  expect(result.stacks.find((s) => s.name === 'acme-sso-dev')!.metadata.size).toBe(0);
});

test('a file beside the definition does not count: the error is on the tenant file, at its metadataFile', () => {
  const result = validate({}, { 'metadata/contoso.xml': ENTRA });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual([
    'config/acme-sso/tenants/contoso.yaml:6:19 saml-metadata-file',
  ]);
});

import { memoryReader } from '../../src/load/related';
import { validateContents } from '../../src/validate';
import { diagnosticsOf, findings } from '../helpers/validate';
import { file } from './fixture';

/** Findings with the metadata files in memory, beside test.yaml. */
function withFiles(text: string, files: Record<string, string>): string[] {
  return validateContents([
    { path: 'test.yaml', bytes: Buffer.from(text), related: memoryReader(files) },
  ]).diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`);
}

const provider = (lines: string) => file`
  userPools:
    main:
      identityProviders:
        AcmeSso:
          type: saml
          ${lines}
`;

describe('saml-metadata-source', () => {
  test('PASS: a metadata URL, with a query string (Entra publishes one)', () => {
    expect(
      findings(
        provider(
          'metadataUrl: https://login.microsoftonline.com/t/federationmetadata/2007-06/federationmetadata.xml?appid=abc',
        ),
      ),
    ).toEqual([]);
  });

  test('FAIL: neither source, at the provider key', () => {
    expect(findings(provider('idpSignout: false'))).toEqual(['saml-metadata-source@8:7']);
  });

  test('PASS: a pending provider may have no metadata yet', () => {
    expect(findings(provider('pending: true'))).toEqual([]);
  });

  test('FAIL: both sources, at the metadataFile key', () => {
    const text = file`
      userPools:
        main:
          identityProviders:
            AcmeSso:
              type: saml
              metadataUrl: https://idp.example.com/metadata
              metadataFile: metadata/acme.xml
    `;
    expect(withFiles(text, {})).toEqual(['saml-metadata-source@11:9']);
  });

  test.each([
    ['http://idp.example.com/metadata', 'instead of `https:`'],
    ['idp.example.com/metadata', 'not an absolute URL'],
    ['https://idp.example.com:8443/metadata', 'port 8443'],
  ])('FAIL: metadataUrl %s, at the value', (url, reason) => {
    const text = provider(`metadataUrl: ${url}`);
    expect(findings(text)).toEqual(['saml-metadata-source@10:22']);
    expect(diagnosticsOf(text)[0].message).toContain(reason);
  });

  test.each([
    ['/etc/saml/acme.xml', 'is absolute'],
    ['C:/saml/acme.xml', 'is absolute'],
    ['metadata\\\\acme.xml', '`\\`'],
    ['" "', 'is empty'],
  ])('FAIL: metadataFile %s, at the value, and the file is not read', (path, reason) => {
    const text = provider(`metadataFile: ${path}`);
    expect(withFiles(text, {})).toEqual(['saml-metadata-source@10:23']);
    expect(diagnosticsOf(text)[0].message).toContain(reason);
  });
});

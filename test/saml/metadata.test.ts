import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAML_METADATA_CODES } from '../../src/validate/saml/codes';
import {
  checkSamlMetadata,
  inspectSamlMetadata,
  MetadataCheckOptions,
} from '../../src/validate/saml/metadata';
import { MAX_METADATA_BYTES } from '../../src/validate/saml/xml-tree';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
/** The example's metadata: Entra ID-shaped, made by scripts/make-saml-metadata.js. */
const ENTRA = readFileSync(join(__dirname, '../../config/metadata/entra-contoso.xml'), 'utf8');
const TENANT = '3f2c8e71-5b9d-4c6a-8e17-0a4d6b9c2e58';

/** Inside every generated certificate's 10-year validity (generated from 2026 on). */
const NOW = new Date('2030-01-01T00:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

/** `severity code@line:col` for each finding: the compact form the tests assert on. */
function check(xml: string, options: Partial<MetadataCheckOptions> = {}): string[] {
  return checkSamlMetadata(xml, { now: NOW, signOutRequested: true, ...options }).map(
    (f) => `${f.severity} ${f.code}@${f.line}:${f.col}`,
  );
}

function messages(xml: string, options: Partial<MetadataCheckOptions> = {}): string[] {
  return checkSamlMetadata(xml, { now: NOW, signOutRequested: true, ...options }).map(
    (f) => f.message,
  );
}

/** validTo of the n-th X509Certificate in a file (certificates are regenerated, so tests read their dates). */
function validTo(xml: string, n = 0): Date {
  const texts = [...xml.matchAll(/<X509Certificate>([^<]+)<\/X509Certificate>/g)].map((m) => m[1]);
  return new Date(new X509Certificate(Buffer.from(texts[n], 'base64')).validTo);
}

/** The IDPSSODescriptor's certificate is the third in an Entra-shaped file (after the two WS-Federation RoleDescriptors'). */
const IDP_CERT = 2;

describe('the example metadata', () => {
  test('Entra ID-shaped metadata passes, with and without sign-out', () => {
    expect(check(ENTRA)).toEqual([]);
    expect(check(ENTRA, { signOutRequested: false })).toEqual([]);
  });

  test('its facts: entity, endpoints Cognito keeps as SSORedirectBindingURI / SLORedirectBindingURI, certificate', () => {
    const { facts } = inspectSamlMetadata(ENTRA, { now: NOW, signOutRequested: true });
    expect(facts).toMatchObject({
      entityId: `https://sts.windows.net/${TENANT}/`,
      ssoRedirectUrl: `https://login.microsoftonline.com/${TENANT}/saml2`,
      sloRedirectUrl: `https://login.microsoftonline.com/${TENANT}/saml2`,
    });
    expect(facts!.signingCertificates).toEqual([
      {
        validTo: validTo(ENTRA, IDP_CERT).toISOString().slice(0, 10),
        sha256: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
        line: 73,
        col: 11,
      },
    ]);
  });

  test('its certificate is self-signed RSA, valid for 10 years', () => {
    const text = /<X509Certificate>([^<]+)</.exec(ENTRA)![1];
    const cert = new X509Certificate(Buffer.from(text, 'base64'));
    expect(cert.subject).toBe('CN=Microsoft Azure Federated SSO Certificate');
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.publicKey.asymmetricKeyType).toBe('rsa');
    const days = (new Date(cert.validTo).getTime() - new Date(cert.validFrom).getTime()) / DAY;
    expect(days).toBe(3650);
  });

  test('no private key is anywhere in the metadata or the fixtures', () => {
    for (const text of [
      ENTRA,
      ...['rollover.xml', 'no-slo.xml', 'garbage-certificate.xml'].map(fixture),
    ])
      expect(text).not.toMatch(/PRIVATE KEY/);
  });
});

describe('saml-metadata-too-large', () => {
  test('reads up to 1 MiB', () => {
    const padded = ENTRA.replace(
      '<EntityDescriptor',
      `<!-- ${'x'.repeat(MAX_METADATA_BYTES - ENTRA.length - 20)} -->\n<EntityDescriptor`,
    );
    expect(Buffer.byteLength(padded)).toBeLessThanOrEqual(MAX_METADATA_BYTES);
    expect(check(padded)).toEqual([]);
  });

  test('refuses more, before parsing, at 1:1', () => {
    const big = ENTRA + `<!-- ${'x'.repeat(MAX_METADATA_BYTES)} -->`;
    expect(check(big)).toEqual(['error saml-metadata-too-large@1:1']);
    expect(messages(big)[0]).toContain(`received ${Buffer.byteLength(big)} bytes`);
  });
});

describe('saml-metadata-doctype', () => {
  test('a DOCTYPE with entities (billion laughs, external file) is refused at the DOCTYPE, nothing expanded or read', () => {
    const xml = fixture('doctype-entities.xml');
    expect(check(xml)).toEqual(['error saml-metadata-doctype@3:1']);
    expect(messages(xml)[0]).not.toMatch(/passwd|lol/);
  });

  test('a plain DOCTYPE is refused too', () => {
    expect(
      check(ENTRA.replace('<EntityDescriptor', '<!DOCTYPE EntityDescriptor>\n<EntityDescriptor')),
    ).toEqual(['error saml-metadata-doctype@3:1']);
  });

  test('DOCTYPE text inside a comment is only a comment', () => {
    expect(
      check(
        ENTRA.replace(
          '<EntityDescriptor',
          '<!-- <!DOCTYPE EntityDescriptor> -->\n<EntityDescriptor',
        ),
      ),
    ).toEqual([]);
  });
});

describe('saml-metadata-xml', () => {
  test('an unescaped & (a pasted query string) is reported where it is, not at the end of the file', () => {
    const xml = fixture('malformed.xml');
    expect(check(xml)).toEqual(['error saml-metadata-xml@79:185']);
    expect(messages(xml)[0]).toContain('write `&amp;`');
  });

  test.each([
    [
      'a mismatched closing tag',
      ENTRA.replace(
        '</KeyDescriptor>\n    <SingleLogoutService',
        '</KeyDescriptr>\n    <SingleLogoutService',
      ),
      'error saml-metadata-xml@76:5',
      'unexpected close tag',
    ],
    [
      'an unbound prefix',
      ENTRA.replace('<SingleLogoutService', '<md:SingleLogoutService'),
      'error saml-metadata-xml@77:5',
      'unbound namespace prefix `md`',
    ],
    [
      'a truncated download',
      ENTRA.slice(0, ENTRA.indexOf('    <SingleSignOnService')),
      'error saml-metadata-xml@77:177',
      'unclosed tag `IDPSSODescriptor`',
    ],
    ['an empty file', '', 'error saml-metadata-xml@1:1', 'root element'],
    [
      'text instead of XML',
      'Sign in to your account\n',
      'error saml-metadata-xml@1:1',
      'text data outside of root node',
    ],
  ])('%s', (_, xml, finding, reason) => {
    expect(check(xml)).toEqual([finding]);
    expect(messages(xml)[0]).toContain(reason);
  });

  test('never quotes file content beyond a short element name', () => {
    const secret = 'hunter2-7f3a9c1e-do-not-print';
    const longName = `Element${'X'.repeat(60)}`;
    for (const xml of [
      `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x">${secret} & more</EntityDescriptor>`,
      `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata"><${longName}>${secret}</EntityDescriptor>`,
      `<EntityDescriptor xmlns="${secret}" xmlns="urn:x"/>`,
      `<EntityDescriptor entityID="${secret}" entityID="${secret}"/>`,
    ]) {
      const [message] = messages(xml);
      expect(message).toMatch(/^SAML metadata must be well-formed XML/);
      expect(message).not.toContain(secret);
      expect(message).not.toContain(longName);
    }
  });

  test('a byte-order mark does not shift columns', () => {
    expect(check(`\uFEFF${ENTRA}`)).toEqual([]);
    expect(check('\uFEFF<wrong/>')).toEqual(['error saml-metadata-root@1:1']);
  });
});

describe('saml-metadata-root', () => {
  test('an EntitiesDescriptor with one IdP (and an SP) passes', () => {
    expect(check(fixture('entities-one-idp.xml'))).toEqual([]);
  });

  test('an EntitiesDescriptor with two IdPs is refused at the second', () => {
    const xml = fixture('entities-one-idp.xml');
    const idp = xml.slice(
      xml.lastIndexOf('  <EntityDescriptor'),
      xml.indexOf('</EntitiesDescriptor>'),
    );
    expect(idp).toContain('<IDPSSODescriptor');
    const two = xml.replace('</EntitiesDescriptor>', `${idp}</EntitiesDescriptor>`);
    const second = two.slice(0, two.lastIndexOf('<EntityDescriptor')).split('\n').length;
    expect(check(two)).toEqual([`error saml-metadata-root@${second}:3`]);
  });

  test('an EntitiesDescriptor without an IdP is refused at its root', () => {
    const empty =
      '<?xml version="1.0"?>\n<EntitiesDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" Name="urn:example"/>\n';
    expect(check(empty)).toEqual(['error saml-metadata-root@2:1']);
  });

  test.each([
    [
      'the wrong namespace',
      ENTRA.replace(
        'xmlns="urn:oasis:names:tc:SAML:2.0:metadata"',
        'xmlns="urn:oasis:names:tc:SAML:1.0:metadata"',
      ),
      'in another namespace',
    ],
    [
      'no namespace',
      ENTRA.replace(' xmlns="urn:oasis:names:tc:SAML:2.0:metadata"', ''),
      'in no namespace',
    ],
    ['an HTML login page', '<html>\n  <body>Sign in</body>\n</html>\n', '`html`'],
  ])('%s is refused at the root element', (_, xml, received) => {
    const line = xml.startsWith('<html') ? 1 : 3;
    expect(check(xml)).toEqual([`error saml-metadata-root@${line}:1`]);
    expect(messages(xml)[0]).toContain(received);
  });
});

describe('saml-metadata-entity-id', () => {
  test('a missing entityID is reported at the EntityDescriptor', () => {
    expect(check(ENTRA.replace(/ entityID="[^"]*"/, ''))).toEqual([
      'error saml-metadata-entity-id@3:1',
    ]);
    expect(check(ENTRA.replace(/ entityID="[^"]*"/, ' entityID="  "'))).toEqual([
      'error saml-metadata-entity-id@3:1',
    ]);
  });

  test('at most 1024 characters', () => {
    expect(
      check(
        ENTRA.replace(
          / entityID="[^"]*"/,
          ` entityID="https://idp.example.com/${'a'.repeat(1024 - 25)}"`,
        ),
      ),
    ).toEqual([]);
    expect(
      check(
        ENTRA.replace(
          / entityID="[^"]*"/,
          ` entityID="https://idp.example.com/${'a'.repeat(1024)}"`,
        ),
      ),
    ).toEqual(['error saml-metadata-entity-id@3:1']);
  });
});

describe('saml-idp-descriptor', () => {
  test("a service provider's metadata (SPSSODescriptor only) is refused at the EntityDescriptor", () => {
    const xml = fixture('sp-only.xml');
    expect(check(xml)).toEqual(['error saml-idp-descriptor@3:1']);
    expect(messages(xml)[0]).toContain('`SPSSODescriptor`');
  });

  test('two IDPSSODescriptors are refused at the second', () => {
    expect(check(fixture('two-idp-descriptors.xml'))).toEqual(['error saml-idp-descriptor@81:3']);
  });

  test('an IDPSSODescriptor must support SAML 2.0', () => {
    const saml11 = ENTRA.replace(
      '<IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"',
      '<IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:1.1:protocol"',
    );
    expect(check(saml11)).toEqual(['error saml-idp-descriptor@69:3']);
    const both = ENTRA.replace(
      'protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"',
      'protocolSupportEnumeration="urn:oasis:names:tc:SAML:1.1:protocol urn:oasis:names:tc:SAML:2.0:protocol"',
    );
    expect(check(both)).toEqual([]);
  });
});

describe('saml-sso-binding', () => {
  test('HTTP-Redirect SSO alone passes', () => {
    expect(
      check(ENTRA.replace(/\n {4}<SingleSignOnService Binding="[^"]*HTTP-POST"[^>]*>/, '')),
    ).toEqual([]);
  });

  test.each([
    ['post-only-sso.xml', 'received only HTTP-POST'],
    ['soap-only-sso.xml', 'received only SOAP'],
  ])('%s is refused at its SingleSignOnService', (name, received) => {
    const xml = fixture(name);
    expect(check(xml)).toEqual(['error saml-sso-binding@78:5']);
    expect(messages(xml)[0]).toContain(received);
  });

  test('no SingleSignOnService at all is reported at the IDPSSODescriptor', () => {
    expect(check(ENTRA.replace(/\n {4}<SingleSignOnService [^>]*>/g, ''))).toEqual([
      'error saml-sso-binding@69:3',
    ]);
  });

  test('an unknown binding is counted, not quoted', () => {
    const xml = fixture('post-only-sso.xml').replace(
      'bindings:HTTP-POST',
      'bindings:made-up-secret-binding',
    );
    expect(messages(xml)[0]).toContain('received only another binding');
    expect(messages(xml)[0]).not.toContain('made-up');
  });
});

describe('saml-signing-certificate', () => {
  test('a KeyDescriptor without use serves for signing', () => {
    expect(check(fixture('no-use-key.xml'))).toEqual([]);
  });

  test('an encryption-only KeyDescriptor is refused at the IDPSSODescriptor', () => {
    expect(check(fixture('encryption-key-only.xml'))).toEqual([
      'error saml-signing-certificate@69:3',
    ]);
  });

  test('a signing KeyDescriptor without X509Certificate is refused at the KeyDescriptor', () => {
    const xml = ENTRA.replace(
      /(<IDPSSODescriptor[^>]*>\n {4}<KeyDescriptor use="signing">\n)[\s\S]*?(\n {4}<\/KeyDescriptor>)/,
      '$1      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyName>k1</KeyName></KeyInfo>$2',
    );
    expect(check(xml)).toEqual(['error saml-signing-certificate@70:5']);
  });
});

describe('saml-certificate-invalid', () => {
  test('base64 that is not X.509 is refused at the X509Certificate, without quoting it', () => {
    const xml = fixture('garbage-certificate.xml');
    expect(check(xml)).toEqual(['error saml-certificate-invalid@73:11']);
    expect(messages(xml)[0]).toContain('not a DER X.509 certificate');
    expect(messages(xml)[0]).not.toContain('dGhpcyB0ZXh0');
  });

  test.each([
    ['text that is not base64', 'not base64 at all!', 'not base64'],
    ['a pasted PEM', '-----BEGIN CERTIFICATE----- MIIB -----END CERTIFICATE-----', 'not base64'],
    ['an empty element', '   ', 'an empty element'],
  ])('%s', (_, text, received) => {
    const xml = ENTRA.replace(/(<IDPSSODescriptor[\s\S]*?<X509Certificate>)[^<]*/, `$1${text}`);
    expect(check(xml)).toEqual(['error saml-certificate-invalid@73:11']);
    expect(messages(xml)[0]).toContain(received);
  });

  test('base64 split over indented lines is read', () => {
    const xml = ENTRA.replace(
      /(<IDPSSODescriptor[\s\S]*?<X509Certificate>)([^<]*)/,
      (_, head: string, b64: string) =>
        `${head}\n${b64
          .match(/.{1,64}/g)!
          .map((l) => `            ${l}`)
          .join('\n')}\n          `,
    );
    expect(check(xml)).toEqual([]);
  });
});

describe('saml-certificate-too-long', () => {
  test('the example certificate is well under 4,096 characters', () => {
    expect(check(ENTRA)).toEqual([]);
  });

  test('4,100 characters are refused (and this one is not a certificate either)', () => {
    const xml = ENTRA.replace(
      /(<IDPSSODescriptor[\s\S]*?<X509Certificate>)[^<]*/,
      `$1${'A'.repeat(4100)}`,
    );
    expect(check(xml)).toEqual([
      'error saml-certificate-invalid@73:11',
      'error saml-certificate-too-long@73:11',
    ]);
  });
});

describe('saml-certificate-expired', () => {
  const expiry = validTo(ENTRA, IDP_CERT);

  test('valid until its last second', () => {
    expect(check(ENTRA, { now: new Date(expiry.getTime() - 1000) })).toEqual([
      'warning saml-certificate-expiring@73:11',
    ]);
  });

  test('refused once expired, naming the date', () => {
    const later = { now: new Date(expiry.getTime() + DAY) };
    expect(check(ENTRA, later)).toEqual(['error saml-certificate-expired@73:11']);
    expect(messages(ENTRA, later)[0]).toContain(`expired on ${expiry.toISOString().slice(0, 10)}`);
  });

  test('an expired certificate next to a valid one is still refused (rollover left behind)', () => {
    const xml = fixture('rollover.xml');
    expect(check(xml, { now: new Date(validTo(xml, IDP_CERT).getTime() + DAY) })).toEqual([
      'error saml-certificate-expired@73:11',
    ]);
  });
});

describe('saml-certificate-expiring', () => {
  const expiry = validTo(ENTRA, IDP_CERT);

  test('31 days ahead: no warning', () => {
    expect(check(ENTRA, { now: new Date(expiry.getTime() - 31 * DAY) })).toEqual([]);
  });

  test('within 30 days: a warning naming the date', () => {
    const soon = { now: new Date(expiry.getTime() - 10 * DAY) };
    expect(check(ENTRA, soon)).toEqual(['warning saml-certificate-expiring@73:11']);
    expect(messages(ENTRA, soon)[0]).toContain(
      `expires on ${expiry.toISOString().slice(0, 10)}, in 10 day(s)`,
    );
  });

  test('no warning while a rollover is under way (the next certificate outlives the window)', () => {
    const xml = fixture('rollover.xml');
    expect(check(xml, { now: new Date(validTo(xml, IDP_CERT).getTime() - 10 * DAY) })).toEqual([]);
    expect(check(xml, { now: new Date(validTo(xml, IDP_CERT + 1).getTime() - 10 * DAY) })).toEqual([
      'error saml-certificate-expired@73:11',
      'warning saml-certificate-expiring@80:11',
    ]);
  });
});

describe('saml-slo-missing', () => {
  test('without sign-out, no SingleLogoutService is needed', () => {
    expect(check(fixture('no-slo.xml'), { signOutRequested: false })).toEqual([]);
  });

  test('with sign-out, its absence is refused at the IDPSSODescriptor', () => {
    expect(check(fixture('no-slo.xml'))).toEqual(['error saml-slo-missing@69:3']);
  });
});

describe('saml-slo-binding', () => {
  const postOnly = ENTRA.replace(
    '<SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"',
    '<SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"',
  );

  test('with sign-out, an HTTP-POST-only SingleLogoutService is a warning at it', () => {
    expect(check(postOnly)).toEqual(['warning saml-slo-binding@77:5']);
    expect(messages(postOnly)[0]).toContain('offers only HTTP-POST');
  });

  test('without sign-out, the binding does not matter', () => {
    expect(check(postOnly, { signOutRequested: false })).toEqual([]);
  });
});

describe('the code catalog', () => {
  test('stable kebab-case codes, each described and sourced', () => {
    const ids = SAML_METADATA_CODES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of SAML_METADATA_CODES) {
      expect(c.id).toMatch(/^saml-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.description.length).toBeGreaterThan(10);
      expect(c.source.length).toBeGreaterThan(10);
    }
  });
});

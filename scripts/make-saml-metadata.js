#!/usr/bin/env node
// Writes SAML 2.0 metadata shaped like Microsoft Entra ID's federation
// metadata, for the example config/entra-saml.yaml (metadataFile:
// metadata/entra-contoso.xml), and the SAML test fixtures built from the same
// template (test/saml/fixtures/).
//   node scripts/make-saml-metadata.js
//
// The signing certificate is self-signed, RSA 2048 / SHA-256, valid for 10
// years from today, made by the openssl CLI (on every machine this project
// runs on, and no npm dependency is needed for it). The private key goes to
// the null device: it signs the certificate inside openssl and is never
// written anywhere, because nothing needs it afterwards (metadata carries only
// the public certificate). The tenant is made up.
//
// Shape, as Entra ID publishes it at
// https://login.microsoftonline.com/<tenant>/FederationMetadata/2007-06/FederationMetadata.xml
// (see https://learn.microsoft.com/entra/identity-platform/federation-metadata):
// entityID https://sts.windows.net/<tenant>/, two WS-Federation
// RoleDescriptors, then an IDPSSODescriptor with a signing KeyDescriptor,
// SingleLogoutService (HTTP-Redirect) and SingleSignOnService (HTTP-Redirect
// and HTTP-POST), all at https://login.microsoftonline.com/<tenant>/saml2.
// Real Entra metadata is also signed (an enveloped ds:Signature first in the
// EntityDescriptor) and written on one line; this file is unsigned and
// indented. Cognito does not check a metadata signature (it trusts the file
// or URL it is given: https://shibboleth.atlassian.net/wiki/pages/viewpage.action?navigatingVersions=true&pageId=1429930514),
// and a made-up signature would only mislead.
//
// Each certificate is written on one line, so regenerating (a new key, a new
// base64 text) moves no other element: the positions the tests assert stay put.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const TENANT = '3f2c8e71-5b9d-4c6a-8e17-0a4d6b9c2e58';
const DAYS = 3650;

const NS_MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const NS_DS = 'http://www.w3.org/2000/09/xmldsig#';
const BINDING = (name) => `urn:oasis:names:tc:SAML:2.0:bindings:${name}`;

function certificate(days = DAYS) {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
  } catch {
    process.stderr.write(
      'make-saml-metadata: the openssl command is needed (apt-get install openssl)\n',
    );
    process.exit(2);
  }
  const pem = execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-sha256',
      '-days',
      String(days),
      '-nodes',
      '-keyout',
      os.devNull,
      '-subj',
      '/CN=Microsoft Azure Federated SSO Certificate',
      '-out',
      '-',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const match = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem);
  if (!match) throw new Error('openssl printed no certificate');
  return match[1].replace(/\s+/g, '');
}

function keyDescriptor(indent, cert, use = 'signing') {
  const pad = ' '.repeat(indent);
  return [
    `${pad}<KeyDescriptor${use ? ` use="${use}"` : ''}>`,
    `${pad}  <KeyInfo xmlns="${NS_DS}">`,
    `${pad}    <X509Data>`,
    `${pad}      <X509Certificate>${cert}</X509Certificate>`,
    `${pad}    </X509Data>`,
    `${pad}  </KeyInfo>`,
    `${pad}</KeyDescriptor>`,
  ];
}

const claim = (uri, name, description) => [
  `      <auth:ClaimType Uri="${uri}" xmlns:auth="http://docs.oasis-open.org/wsfed/authorization/200706">`,
  `        <auth:DisplayName>${name}</auth:DisplayName>`,
  `        <auth:Description>${description}</auth:Description>`,
  '      </auth:ClaimType>',
];

const endpoint = (element, address) => [
  `    <fed:${element}>`,
  '      <wsa:EndpointReference xmlns:wsa="http://www.w3.org/2005/08/addressing">',
  `        <wsa:Address>${address}</wsa:Address>`,
  '      </wsa:EndpointReference>',
  `    </fed:${element}>`,
];

/** The IDPSSODescriptor's service lines; the fixtures vary these. */
function idpServices(saml2, { slo = true, sso = ['HTTP-Redirect', 'HTTP-POST'] } = {}) {
  return [
    ...(slo
      ? [`    <SingleLogoutService Binding="${BINDING('HTTP-Redirect')}" Location="${saml2}" />`]
      : []),
    ...sso.map((b) => `    <SingleSignOnService Binding="${BINDING(b)}" Location="${saml2}" />`),
  ];
}

function idpDescriptor(cert, options = {}) {
  const saml2 = `https://login.microsoftonline.com/${TENANT}/saml2`;
  return [
    '  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">',
    ...keyDescriptor(
      4,
      options.signingCert ?? cert,
      options.keyUse === undefined ? 'signing' : options.keyUse,
    ),
    ...(options.nextSigningCert ? keyDescriptor(4, options.nextSigningCert) : []),
    ...idpServices(saml2, options),
    '  </IDPSSODescriptor>',
  ];
}

/** Entra-shaped metadata; `options` makes the fixtures' variations. */
function entra(cert, options = {}) {
  const sts = `https://sts.windows.net/${TENANT}/`;
  const wsfed = `https://login.microsoftonline.com/${TENANT}/wsfed`;
  const fedNs =
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:fed="http://docs.oasis-open.org/wsfed/federation/200706"';
  const fedProtocol =
    'protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706"';
  const idp = options.sp ? spDescriptor() : idpDescriptor(cert, options);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<!-- ${options.comment ?? 'Made by scripts/make-saml-metadata.js: Entra ID-shaped, for a made-up tenant; self-signed certificate.'} -->`,
    ...(options.doctype ? options.doctype : []),
    `<EntityDescriptor ID="_5b1f0c2a-9e47-4d83-a6f2-1c8e3b7d9a40" entityID="${sts}" xmlns="${NS_MD}">`,
    `  <RoleDescriptor xsi:type="fed:SecurityTokenServiceType" ${fedProtocol} ${fedNs}>`,
    ...keyDescriptor(4, cert),
    '    <fed:ClaimTypesOffered>',
    ...claim(
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
      'Name',
      'The mutable display name of the user.',
    ),
    ...claim(
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      'Email',
      'Email address of the user.',
    ),
    ...claim(
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
      'First Name',
      'First name of the user.',
    ),
    ...claim(
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
      'Last Name',
      'Last name of the user.',
    ),
    ...claim(
      'http://schemas.microsoft.com/identity/claims/objectidentifier',
      'Object ID',
      'Primary identifier for the user in the directory. Immutable, globally unique, non-reusable.',
    ),
    '    </fed:ClaimTypesOffered>',
    ...endpoint('SecurityTokenServiceEndpoint', wsfed),
    ...endpoint('PassiveRequestorEndpoint', wsfed),
    '  </RoleDescriptor>',
    `  <RoleDescriptor xsi:type="fed:ApplicationServiceType" ${fedProtocol} ${fedNs}>`,
    ...keyDescriptor(4, cert),
    ...endpoint('TargetScopes', sts),
    ...endpoint('ApplicationServiceEndpoint', wsfed),
    ...endpoint('PassiveRequestorEndpoint', wsfed),
    '  </RoleDescriptor>',
    ...idp,
    ...(options.secondIdp ? idpDescriptor(cert, options) : []),
    '</EntityDescriptor>',
    '',
  ].join('\n');
}

/** What an SP (not an IdP) publishes: metadata someone might upload by mistake. */
function spDescriptor() {
  return [
    '  <SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol" AuthnRequestsSigned="false" WantAssertionsSigned="true">',
    '    <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>',
    `    <AssertionConsumerService Binding="${BINDING('HTTP-POST')}" Location="https://app.example.com/saml/acs" index="0" isDefault="true" />`,
    '  </SPSSODescriptor>',
  ];
}

function main() {
  const cert = certificate();
  const write = (relative, text) => {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    process.stdout.write(`wrote ${relative}\n`);
  };
  write('config/metadata/entra-contoso.xml', entra(cert));

  const fixtures = 'test/saml/fixtures';
  const note = (what) => ({ comment: `Test fixture (scripts/make-saml-metadata.js): ${what}.` });
  write(`${fixtures}/no-slo.xml`, entra(cert, { ...note('no SingleLogoutService'), slo: false }));
  write(
    `${fixtures}/post-only-sso.xml`,
    entra(cert, { ...note('SingleSignOnService with HTTP-POST only'), sso: ['HTTP-POST'] }),
  );
  write(
    `${fixtures}/soap-only-sso.xml`,
    entra(cert, { ...note('SingleSignOnService with SOAP only'), sso: ['SOAP'] }),
  );
  const garbage = Buffer.from('this text is base64, but it is not a DER certificate').toString(
    'base64',
  );
  write(
    `${fixtures}/garbage-certificate.xml`,
    entra(cert, { ...note('a signing certificate that is not X.509'), signingCert: garbage }),
  );
  write(
    `${fixtures}/two-idp-descriptors.xml`,
    entra(cert, { ...note('two IDPSSODescriptors'), secondIdp: true }),
  );
  write(
    `${fixtures}/sp-only.xml`,
    entra(cert, {
      ...note("a service provider's metadata: SPSSODescriptor, no IDPSSODescriptor"),
      sp: true,
    }),
  );
  write(
    `${fixtures}/encryption-key-only.xml`,
    entra(cert, {
      ...note("the IdP's only KeyDescriptor is for encryption"),
      keyUse: 'encryption',
    }),
  );
  write(
    `${fixtures}/no-use-key.xml`,
    entra(cert, { ...note('a KeyDescriptor without use (signing and encryption)'), keyUse: null }),
  );
  write(
    `${fixtures}/doctype-entities.xml`,
    entra(cert, {
      ...note('a DOCTYPE declaring nested entities (billion laughs) and an external entity'),
      doctype: [
        '<!DOCTYPE EntityDescriptor [',
        '  <!ENTITY lol "lol">',
        '  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
        '  <!ENTITY xxe SYSTEM "file:///etc/passwd">',
        ']>',
      ],
    }),
  );
  // A certificate rollover in progress: Entra's default 3-year certificate, then its 10-year successor.
  const current = certificate(1095);
  write(
    `${fixtures}/rollover.xml`,
    entra(current, {
      ...note('two signing certificates (rollover): 3 years, then 10 years'),
      nextSigningCert: cert,
    }),
  );
  // A hand edit gone wrong: an unescaped & in a URL's query string.
  write(
    `${fixtures}/malformed.xml`,
    entra(cert, note('an unescaped & in an attribute value')).replace(
      `Location="https://login.microsoftonline.com/${TENANT}/saml2" />\n  </IDPSSODescriptor>`,
      `Location="https://login.microsoftonline.com/${TENANT}/saml2?whr=contoso.com&sso_reload=true" />\n  </IDPSSODescriptor>`,
    ),
  );
  // An aggregate (as federations publish): one IdP, one SP.
  const entity = entra(cert)
    .split('\n')
    .slice(2, -1)
    .map((l) => `  ${l}`)
    .join('\n');
  const sp = entra(cert, { sp: true })
    .split('\n')
    .slice(2, -1)
    .map((l) => `  ${l}`)
    .join('\n')
    .replace('_5b1f0c2a-9e47-4d83-a6f2-1c8e3b7d9a40', '_0c9e7d3b-2a61-4f58-b1e4-6d2a8f3c5b17')
    .replace(
      `entityID="https://sts.windows.net/${TENANT}/"`,
      'entityID="https://app.example.com/saml"',
    );
  write(
    `${fixtures}/entities-one-idp.xml`,
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<!-- Test fixture (scripts/make-saml-metadata.js): an EntitiesDescriptor with one IdP and one SP. -->',
      `<EntitiesDescriptor Name="urn:example:federation" xmlns="${NS_MD}">`,
      sp,
      entity,
      '</EntitiesDescriptor>',
      '',
    ].join('\n'),
  );
}

main();

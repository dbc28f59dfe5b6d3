import type { Severity } from '../../load/diagnostic';
import { isoDate, readCertificate } from './certificate';
import type { SamlMetadataCode } from './codes';
import { parseXml, XmlElement, XmlPosition, XmlProblem, MAX_METADATA_BYTES } from './xml-tree';

/**
 * Checks an IdP's SAML 2.0 metadata against what Cognito needs from it, before
 * anything reaches AWS. Pure: the clock is injected, nothing is fetched.
 * Evidence for each code: ./codes.ts.
 */

export interface MetadataFinding {
  code: SamlMetadataCode;
  severity: Severity;
  /** The constraint and what was received; never more of the file than a short element name. */
  message: string;
  /** The fix. */
  hint: string;
  /** Inside the metadata file, 1-based (UTF-16 columns, as the YAML loader counts them). */
  line?: number;
  col?: number;
}

export interface MetadataCheckOptions {
  /** The clock certificates are judged against. */
  now: Date;
  /** The provider asks for SAML sign-out (Cognito's `IDPSignout`). */
  signOutRequested: boolean;
}

/** What the metadata says, for review output and for predicting what Cognito writes back. Present when the structure was readable. */
export interface MetadataFacts {
  entityId: string;
  /** Cognito returns this as ProviderDetails.SSORedirectBindingURI. */
  ssoRedirectUrl?: string;
  /** Cognito returns this as ProviderDetails.SLORedirectBindingURI. */
  sloRedirectUrl?: string;
  signingCertificates: Array<{ validTo: string; sha256: string; line: number; col: number }>;
}

export const NS = {
  metadata: 'urn:oasis:names:tc:SAML:2.0:metadata',
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
  protocol: 'urn:oasis:names:tc:SAML:2.0:protocol',
} as const;

export const BINDING = {
  redirect: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
  post: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
  artifact: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact',
  soap: 'urn:oasis:names:tc:SAML:2.0:bindings:SOAP',
  paos: 'urn:oasis:names:tc:SAML:2.0:bindings:PAOS',
} as const;

/**
 * Bindings Cognito sends its AuthnRequest with. Only HTTP-Redirect: Cognito
 * keeps the IdP's sign-in URL as `SSORedirectBindingURI` (DescribeIdentityProvider,
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IdentityProviderType.html),
 * and rejects metadata whose only SingleSignOnService is HTTP-POST with
 * "No SingleSignOn Http redirect binding location found in metadata."
 * (https://github.com/ssoready/dummyidp/issues/10). AWS documents no POST
 * binding for the request; "POST binding" in Cognito's guide is the ACS
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-things-to-know.html).
 */
export const COGNITO_SSO_BINDINGS: readonly string[] = [BINDING.redirect];

/**
 * Cognito's logout request is a redirect with SAMLRequest, RelayState, SigAlg
 * and Signature in the query: the HTTP-Redirect binding
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp-sign-out.html),
 * kept as `SLORedirectBindingURI`.
 */
export const COGNITO_SLO_BINDINGS: readonly string[] = [BINDING.redirect];

/** Days before expiry at which a signing certificate is worth a warning. */
export const EXPIRY_WARNING_DAYS = 30;

/** AWS: "Each signing certificate must be no longer than 4,096 characters in length" (things-to-know page above). */
export const MAX_CERTIFICATE_CHARACTERS = 4096;

/** SAML metadata schema: entityIDType is anyURI with maxLength 1024. */
const MAX_ENTITY_ID = 1024;

const DAY_MS = 24 * 60 * 60 * 1000;

export function checkSamlMetadata(xml: string, options: MetadataCheckOptions): MetadataFinding[] {
  return inspectSamlMetadata(xml, options).findings;
}

export function inspectSamlMetadata(
  xml: string,
  options: MetadataCheckOptions,
): { findings: MetadataFinding[]; facts?: MetadataFacts } {
  const parsed = parseXml(xml);
  if ('problem' in parsed) return { findings: [problemFinding(parsed.problem)] };

  const findings: MetadataFinding[] = [];
  const report = (
    code: SamlMetadataCode,
    severity: Severity,
    at: XmlPosition | undefined,
    message: string,
    hint: string,
  ) =>
    findings.push({ code, severity, message, hint, ...(at ? { line: at.line, col: at.col } : {}) });

  const entity = chooseEntity(parsed.root, report);
  if (!entity) return { findings: sorted(findings) };

  const entityId = (entity.attributes.get('entityID') ?? '').trim();
  if (entityId === '') {
    report(
      'saml-metadata-entity-id',
      'error',
      entity,
      "an EntityDescriptor must have an entityID (the IdP's SAML issuer); received none",
      'export the metadata again from the identity provider; its entityID names the IdP',
    );
  } else if (entityId.length > MAX_ENTITY_ID) {
    report(
      'saml-metadata-entity-id',
      'error',
      entity,
      `an entityID is at most ${MAX_ENTITY_ID} characters; received ${entityId.length}`,
      'export the metadata again from the identity provider',
    );
  }

  const idps = mdChildren(entity, 'IDPSSODescriptor');
  if (idps.length === 0) {
    const roles = entity.children
      .filter((c) => c.uri === NS.metadata && c.local.endsWith('Descriptor'))
      .map((c) => c.local);
    const received =
      roles.length > 0
        ? `received ${[...new Set(roles)].map(shortName).join(', ')}`
        : 'received no role descriptor';
    report(
      'saml-idp-descriptor',
      'error',
      entity,
      `SAML metadata for a Cognito identity provider must have an IDPSSODescriptor; ${received}`,
      "use the identity provider's (IdP) metadata, not a service provider's (SP) metadata",
    );
    return { findings: sorted(findings) };
  }
  if (idps.length > 1) {
    report(
      'saml-idp-descriptor',
      'error',
      idps[1],
      `an EntityDescriptor must have exactly one IDPSSODescriptor; received ${idps.length}`,
      'keep one IDPSSODescriptor (the SAML 2.0 one), or export the metadata of one identity provider',
    );
  }
  const idp = idps[0];
  const protocols = (idp.attributes.get('protocolSupportEnumeration') ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (!protocols.includes(NS.protocol)) {
    report(
      'saml-idp-descriptor',
      'error',
      idp,
      `an IDPSSODescriptor's protocolSupportEnumeration must include ${NS.protocol}; received ${protocols.length === 0 ? 'none' : `${protocols.length} other protocol(s)`}`,
      "use the identity provider's SAML 2.0 metadata",
    );
  }

  const ssoRedirectUrl = checkSso(idp, report);
  const sloRedirectUrl = checkSlo(idp, options, report);
  const signingCertificates = checkCertificates(idp, options.now, report);

  return {
    findings: sorted(findings),
    facts: {
      entityId,
      ...(ssoRedirectUrl ? { ssoRedirectUrl } : {}),
      ...(sloRedirectUrl ? { sloRedirectUrl } : {}),
      signingCertificates,
    },
  };
}

type Report = (
  code: SamlMetadataCode,
  severity: Severity,
  at: XmlPosition | undefined,
  message: string,
  hint: string,
) => void;

function problemFinding(problem: XmlProblem): MetadataFinding {
  const at = { line: problem.line, col: problem.col };
  switch (problem.kind) {
    case 'too-large':
      return {
        code: 'saml-metadata-too-large',
        severity: 'error',
        message: `SAML metadata is read up to ${MAX_METADATA_BYTES} bytes; received ${problem.bytes} bytes`,
        hint: 'export the metadata of this one identity provider, not a federation aggregate',
        ...at,
      };
    case 'doctype':
      return {
        code: 'saml-metadata-doctype',
        severity: 'error',
        message:
          'SAML metadata must not have a DOCTYPE (DTDs are not read: no external entities, no entity expansion); received one',
        hint: 'remove the <!DOCTYPE ...> declaration; SAML metadata does not need one',
        ...at,
      };
    case 'malformed':
      return {
        code: 'saml-metadata-xml',
        severity: 'error',
        message: `SAML metadata must be well-formed XML; at this position: ${problem.reason}`,
        hint: 'export the metadata again from the identity provider, or fix the XML at this position',
        ...at,
      };
  }
}

/** The one EntityDescriptor to read, or undefined after reporting why there is none. */
function chooseEntity(root: XmlElement, report: Report): XmlElement | undefined {
  if (root.uri === NS.metadata && root.local === 'EntityDescriptor') return root;
  if (root.uri === NS.metadata && root.local === 'EntitiesDescriptor') {
    const entities = descendantEntities(root);
    const usable = entities.filter((e) => mdChildren(e, 'IDPSSODescriptor').length > 0);
    if (usable.length === 1) return usable[0];
    if (usable.length > 1) {
      report(
        'saml-metadata-root',
        'error',
        usable[1],
        `an EntitiesDescriptor must hold exactly one identity provider (an EntityDescriptor with an IDPSSODescriptor); received ${usable.length}`,
        'export the metadata of the one identity provider this Cognito provider trusts',
      );
      return undefined;
    }
    if (entities.length === 1) return entities[0];
    report(
      'saml-metadata-root',
      'error',
      root,
      `an EntitiesDescriptor must hold exactly one identity provider (an EntityDescriptor with an IDPSSODescriptor); received ${entities.length} EntityDescriptor(s), none of them an identity provider`,
      "use the identity provider's (IdP) metadata",
    );
    return undefined;
  }
  const namespace =
    root.uri === ''
      ? 'no namespace'
      : root.uri === NS.metadata
        ? 'the metadata namespace'
        : 'another namespace';
  report(
    'saml-metadata-root',
    'error',
    root,
    `SAML metadata's root element must be EntityDescriptor or EntitiesDescriptor in namespace ${NS.metadata}; received ${shortName(root.local)} in ${namespace}`,
    "use the identity provider's SAML 2.0 metadata (often at a URL ending in /metadata or FederationMetadata.xml)",
  );
  return undefined;
}

function checkSso(idp: XmlElement, report: Report): string | undefined {
  const services = mdChildren(idp, 'SingleSignOnService');
  const supported = services.find((s) =>
    COGNITO_SSO_BINDINGS.includes(s.attributes.get('Binding') ?? ''),
  );
  if (supported) return supported.attributes.get('Location');
  const received =
    services.length === 0
      ? 'received no SingleSignOnService'
      : `received only ${bindingNames(services)}`;
  report(
    'saml-sso-binding',
    'error',
    services[0] ?? idp,
    `Cognito sends its sign-in request with the HTTP-Redirect binding, so the IDPSSODescriptor needs a SingleSignOnService with Binding="${BINDING.redirect}"; ${received}`,
    'enable the HTTP-Redirect binding for single sign-on at the identity provider and export its metadata again',
  );
  return undefined;
}

function checkSlo(
  idp: XmlElement,
  options: MetadataCheckOptions,
  report: Report,
): string | undefined {
  const services = mdChildren(idp, 'SingleLogoutService');
  const redirect = services.find((s) =>
    COGNITO_SLO_BINDINGS.includes(s.attributes.get('Binding') ?? ''),
  );
  if (!options.signOutRequested) return redirect?.attributes.get('Location');
  if (services.length === 0) {
    report(
      'saml-slo-missing',
      'error',
      idp,
      'SAML sign-out needs a SingleLogoutService in the IdP metadata (Cognito redirects the user there); received none',
      'enable single logout at the identity provider and export its metadata again, or turn sign-out off for this provider',
    );
    return undefined;
  }
  if (!redirect) {
    report(
      'saml-slo-binding',
      'warning',
      services[0],
      `Cognito sends its logout request with the HTTP-Redirect binding; this metadata's SingleLogoutService offers only ${bindingNames(services)}`,
      'enable the HTTP-Redirect binding for single logout at the identity provider',
    );
    return undefined;
  }
  return redirect.attributes.get('Location');
}

function checkCertificates(
  idp: XmlElement,
  now: Date,
  report: Report,
): MetadataFacts['signingCertificates'] {
  const signing = mdChildren(idp, 'KeyDescriptor').filter((k) => {
    const use = k.attributes.get('use');
    return use === undefined || use === 'signing';
  });
  const elements = signing.flatMap((k) => descendants(k, NS.dsig, 'X509Certificate'));
  if (elements.length === 0) {
    report(
      'saml-signing-certificate',
      'error',
      signing[0] ?? idp,
      `the IDPSSODescriptor needs a signing certificate: a KeyDescriptor with use="signing" (or no use) holding ds:X509Certificate; received ${signing.length === 0 ? 'no signing KeyDescriptor' : 'a signing KeyDescriptor without an X509Certificate'}`,
      "export the metadata again with the identity provider's token-signing certificate",
    );
    return [];
  }

  const readings = elements.map((element) => ({ element, reading: readCertificate(element.text) }));
  const valid: MetadataFacts['signingCertificates'] = [];
  for (const { element, reading } of readings) {
    if (reading.characters > MAX_CERTIFICATE_CHARACTERS) {
      report(
        'saml-certificate-too-long',
        'error',
        element,
        `Cognito accepts signing certificates of at most ${MAX_CERTIFICATE_CHARACTERS} characters; received ${reading.characters}`,
        'use a signing certificate with a smaller key or fewer extensions (RSA 2048 or 3072)',
      );
    }
    if (!reading.ok) {
      const what = {
        empty: 'an empty element',
        base64: 'text that is not base64',
        x509: 'base64 that is not a DER X.509 certificate',
      }[reading.reason];
      report(
        'saml-certificate-invalid',
        'error',
        element,
        `a ds:X509Certificate holds the base64 of a DER X.509 certificate; received ${what}`,
        'export the metadata again from the identity provider; do not paste a PEM header or a private key here',
      );
      continue;
    }
    valid.push({
      validTo: isoDate(reading.validTo),
      sha256: reading.sha256,
      line: element.line,
      col: element.col,
    });
  }

  const ok = readings.flatMap(({ element, reading }) =>
    reading.ok ? [{ element, validTo: reading.validTo }] : [],
  );
  const horizon = now.getTime() + EXPIRY_WARNING_DAYS * DAY_MS;
  const outlives = ok.some((c) => c.validTo.getTime() > horizon);
  for (const { element, validTo } of ok) {
    if (validTo.getTime() < now.getTime()) {
      report(
        'saml-certificate-expired',
        'error',
        element,
        `a signing certificate must not be expired when Cognito reads the metadata; this one expired on ${isoDate(validTo)}`,
        'export the metadata again once the identity provider has rolled over to its new signing certificate, and remove the expired one',
      );
    } else if (validTo.getTime() <= horizon && !outlives) {
      const days = Math.floor((validTo.getTime() - now.getTime()) / DAY_MS);
      report(
        'saml-certificate-expiring',
        'warning',
        element,
        `the signing certificate expires on ${isoDate(validTo)}, in ${days} day(s), and no other signing certificate outlives it`,
        'roll over the signing certificate at the identity provider and update the metadata file before that date, or sign-in through this provider stops',
      );
    }
  }
  return valid;
}

function mdChildren(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.uri === NS.metadata && c.local === local);
}

/** Descendants in document order, without recursion (nesting depth is the file's choice). */
function descendants(element: XmlElement, uri: string, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = [...element.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.uri === uri && next.local === local) found.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  return found;
}

/** EntityDescriptors of an EntitiesDescriptor, through nested EntitiesDescriptors. */
function descendantEntities(group: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const stack = [...group.children].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.uri !== NS.metadata) continue;
    if (next.local === 'EntityDescriptor') found.push(next);
    else if (next.local === 'EntitiesDescriptor')
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
  return found;
}

/** Binding URIs named by their short SAML names; anything else is counted, not quoted. */
function bindingNames(services: XmlElement[]): string {
  const known = new Map<string, string>(
    Object.values(BINDING).map((uri) => [uri, uri.slice(uri.lastIndexOf(':') + 1)]),
  );
  const names = new Set<string>();
  for (const s of services)
    names.add(known.get(s.attributes.get('Binding') ?? '') ?? 'another binding');
  return [...names].sort().join(', ');
}

function shortName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]{0,39}$/.test(name) ? `\`${name}\`` : 'an element';
}

function sorted(findings: MetadataFinding[]): MetadataFinding[] {
  return findings.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.col ?? 0) - (b.col ?? 0) ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}

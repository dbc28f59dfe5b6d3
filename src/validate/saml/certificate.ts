import { X509Certificate } from 'node:crypto';

/**
 * A `ds:X509Certificate` from SAML metadata: base64 of the DER certificate
 * (XML Signature §4.4.4, X509Data), parsed with Node's own X.509 parser.
 */
export type CertificateReading =
  | { ok: true; validFrom: Date; validTo: Date; sha256: string; characters: number }
  | { ok: false; reason: 'empty' | 'base64' | 'x509'; characters: number };

/** Strict base64 (RFC 4648 §4, with padding): Buffer.from(…, 'base64') would silently skip stray characters. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function readCertificate(text: string): CertificateReading {
  // Line breaks and indentation inside the element are allowed (base64Binary).
  const base64 = text.replace(/\s+/g, '');
  const characters = base64.length;
  if (characters === 0) return { ok: false, reason: 'empty', characters };
  if (!BASE64.test(base64)) return { ok: false, reason: 'base64', characters };
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(Buffer.from(base64, 'base64'));
  } catch {
    return { ok: false, reason: 'x509', characters };
  }
  // Node 20 gives the dates as OpenSSL text ("Nov 29 21:38:19 2036 GMT"), which Date parses.
  const validFrom = new Date(certificate.validFrom);
  const validTo = new Date(certificate.validTo);
  if (Number.isNaN(validFrom.getTime()) || Number.isNaN(validTo.getTime()))
    return { ok: false, reason: 'x509', characters };
  return { ok: true, validFrom, validTo, sha256: certificate.fingerprint256, characters };
}

/** yyyy-mm-dd, in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryReader, RelatedReader } from '../../src/load/related';
import { modelsFromContents, modelsFromPaths } from '../../src/model/pipeline';
import { validateContents, validatePaths } from '../../src/validate';
import { MAX_METADATA_BYTES } from '../../src/validate/saml/xml-tree';
import { HEADER, yaml } from '../helpers/validate';

/**
 * The validate stage reads a SAML provider's `metadataFile` beside the YAML
 * file and checks it: findings point at the YAML line that names the file,
 * and their message at the line inside the metadata.
 */
const ROOT = join(__dirname, '../..');
const ENTRA = readFileSync(join(ROOT, 'config/metadata/entra-contoso.xml'), 'utf8');
const EXPIRED = readFileSync(join(__dirname, 'fixtures/expired.xml'), 'utf8');
const NO_SLO = readFileSync(join(__dirname, 'fixtures/no-slo.xml'), 'utf8');
const DAY = 24 * 60 * 60 * 1000;
/** The example's IdP signing certificate is the third in the file, at 73:11. */
const entraValidTo = (() => {
  const texts = [...ENTRA.matchAll(/<X509Certificate>([^<]+)<\/X509Certificate>/g)].map(
    (m) => m[1],
  );
  return new Date(new X509Certificate(Buffer.from(texts[2], 'base64')).validTo);
})();

/** A SAML provider naming `metadata/idp.xml` at line 10 (the value at column 23). */
function saml(extra = '', path = 'metadata/idp.xml'): string {
  return (
    HEADER +
    yaml`
      userPools:
        main:
          identityProviders:
            AcmeSso:
              type: saml
              metadataFile: ${path}
    ` +
    extra
  );
}

function check(text: string, files: Record<string, string | Buffer>, now?: Date) {
  return validateContents(
    [{ path: 'config/test.yaml', bytes: Buffer.from(text), related: memoryReader(files) }],
    now ? { now } : {},
  ).diagnostics;
}

const compact = (diagnostics: ReturnType<typeof check>) =>
  diagnostics.map((d) => `${d.severity} ${d.code}@${d.line}:${d.col}`);

describe('a metadata file beside the YAML', () => {
  test('PASS: the Entra-shaped example, with sign-out, under the real clock', () => {
    expect(check(saml('        idpSignout: true\n'), { 'metadata/idp.xml': ENTRA })).toEqual([]);
  });

  test('FAIL: an expired signing certificate is an error at the YAML line naming the file, with the date and the metadata position', () => {
    const [d, ...rest] = check(saml(), { 'metadata/idp.xml': EXPIRED });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      file: 'config/test.yaml',
      line: 10,
      col: 23,
      severity: 'error',
      code: 'saml-certificate-expired',
    });
    expect(d.message).toBe(
      'metadata/idp.xml:73:11: a signing certificate must not be expired when Cognito reads the metadata; this one expired on 2023-01-01',
    );
    expect(d.hint).toContain('export the metadata again');
  });

  test('the clock is injectable: the example expires after 2036', () => {
    const after = new Date(entraValidTo.getTime() + DAY);
    expect(compact(check(saml(), { 'metadata/idp.xml': ENTRA }, after))).toEqual([
      'error saml-certificate-expired@10:23',
    ]);
  });

  test('WARN: a certificate expiring within 30 days is a warning naming its date; the file stays valid', () => {
    const now = new Date(entraValidTo.getTime() - 10 * DAY);
    const text = saml();
    const diagnostics = check(text, { 'metadata/idp.xml': ENTRA }, now);
    expect(compact(diagnostics)).toEqual(['warning saml-certificate-expiring@10:23']);
    expect(diagnostics[0].message).toContain(
      `expires on ${entraValidTo.toISOString().slice(0, 10)}`,
    );
    const result = modelsFromContents(
      [
        {
          path: 'config/test.yaml',
          bytes: Buffer.from(text),
          related: memoryReader({ 'metadata/idp.xml': ENTRA }),
        },
      ],
      { now },
    );
    expect(result.ok).toBe(true);
  });

  test('FAIL: sign-out requested, and the metadata has no SingleLogoutService', () => {
    const diagnostics = check(saml('        idpSignout: true\n'), { 'metadata/idp.xml': NO_SLO });
    expect(compact(diagnostics)).toEqual(['error saml-slo-missing@10:23']);
    expect(diagnostics[0].message).toMatch(
      /^metadata\/idp\.xml:69:3: SAML sign-out needs a SingleLogoutService/,
    );
  });

  test('PASS: without sign-out, a missing SingleLogoutService is fine', () => {
    expect(check(saml(), { 'metadata/idp.xml': NO_SLO })).toEqual([]);
  });

  test('FAIL: a file that does not exist', () => {
    const [d] = check(saml(), {});
    expect(d).toMatchObject({ code: 'saml-metadata-file', line: 10, col: 23 });
    expect(d.message).toBe(
      'the SAML metadata file metadata/idp.xml does not exist (the path is relative to this YAML file)',
    );
  });

  test('FAIL: bytes that are not UTF-8', () => {
    expect(
      compact(check(saml(), { 'metadata/idp.xml': Buffer.from([0x3c, 0xff, 0xfe, 0x3e]) })),
    ).toEqual(['error saml-metadata-file@10:23']);
  });

  test('FAIL: malformed XML is reported with its position inside the metadata', () => {
    const [d] = check(saml(), {
      'metadata/idp.xml':
        '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata">\n  <a>\n</EntityDescriptor>\n',
    });
    expect(d).toMatchObject({ code: 'saml-metadata-xml', line: 10, col: 23 });
    expect(d.message).toMatch(/^metadata\/idp\.xml:3:\d+: SAML metadata must be well-formed XML/);
  });

  test('a metadata URL is never read (Cognito fetches it at apply)', () => {
    const read = jest.fn<ReturnType<RelatedReader>, Parameters<RelatedReader>>(() => ({
      ok: false,
      reason: 'missing',
    }));
    const text =
      HEADER +
      yaml`
      userPools:
        main:
          identityProviders:
            AcmeSso: { type: saml, metadataUrl: https://idp.example.com/metadata }
    `;
    expect(
      validateContents([{ path: 'x.yaml', bytes: Buffer.from(text), related: read }]).diagnostics,
    ).toEqual([]);
    expect(read).not.toHaveBeenCalled();
  });

  test('one file named by two providers is read once, and each provider is reported', () => {
    const read = jest.fn(memoryReader({ 'metadata/idp.xml': EXPIRED }));
    const text =
      HEADER +
      yaml`
      userPools:
        main:
          identityProviders:
            AcmeSso: { type: saml, metadataFile: metadata/idp.xml }
            OtherSso: { type: saml, metadataFile: metadata/idp.xml }
    `;
    const diagnostics = validateContents([
      { path: 'x.yaml', bytes: Buffer.from(text), related: read },
    ]).diagnostics;
    expect(compact(diagnostics)).toEqual([
      'error saml-certificate-expired@8:44',
      'error saml-certificate-expired@9:45',
    ]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  test('the model carries the content, the entity and the certificates, so compile and diff read no file', () => {
    const result = modelsFromContents([
      {
        path: 'x.yaml',
        bytes: Buffer.from(saml()),
        related: memoryReader({ 'metadata/idp.xml': ENTRA }),
      },
    ]);
    if (!result.ok) throw new Error('does not validate');
    const provider = result.models[0].pools[0].providers[0];
    expect(provider).toMatchObject({
      type: 'saml',
      metadata: {
        kind: 'file',
        path: 'metadata/idp.xml',
        content: ENTRA,
        entityId: 'https://sts.windows.net/3f2c8e71-5b9d-4c6a-8e17-0a4d6b9c2e58/',
      },
    });
    expect(
      provider.type === 'saml' &&
        provider.metadata?.kind === 'file' &&
        provider.metadata.signingCertificates,
    ).toEqual([
      {
        sha256: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
        validTo: entraValidTo.toISOString().slice(0, 10),
      },
    ]);
  });
});

describe('on disk, relative to the YAML file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cogfed-metadata-'));
    mkdirSync(join(dir, 'config/metadata'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const validate = (files: Record<string, string>) => {
    writeFileSync(join(dir, 'config/idp.yaml'), saml());
    for (const [path, text] of Object.entries(files))
      writeFileSync(join(dir, 'config', path), text);
    return validatePaths([join(dir, 'config/idp.yaml')]).diagnostics.map(
      (d) => `${d.code}@${d.line}:${d.col}`,
    );
  };

  test('PASS: the file beside the YAML, whatever the working directory', () => {
    expect(validate({ 'metadata/idp.xml': ENTRA })).toEqual([]);
  });

  test('FAIL: a folder where the file should be', () => {
    mkdirSync(join(dir, 'config/metadata/idp.xml'));
    expect(validate({})).toEqual(['saml-metadata-file@10:23']);
  });

  test('FAIL: a FIFO is refused without blocking', () => {
    execFileSync('mkfifo', [join(dir, 'config/metadata/idp.xml')]);
    expect(validate({})).toEqual(['saml-metadata-file@10:23']);
  });

  test('FAIL: more than 1 MiB is refused before it is read', () => {
    expect(
      validate({ 'metadata/idp.xml': ENTRA + `<!-- ${'x'.repeat(MAX_METADATA_BYTES)} -->` }),
    ).toEqual(['saml-metadata-too-large@10:23']);
  });

  test('the example config/entra-saml.yaml reads config/metadata/entra-contoso.xml', () => {
    const result = modelsFromPaths([join(ROOT, 'config/entra-saml.yaml')]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('cogfed validate (the built command)', () => {
  const bin = join(ROOT, 'dist/cogfed.js');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cogfed-metadata-cli-'));
    mkdirSync(join(dir, 'metadata'));
    writeFileSync(join(dir, 'metadata/idp.xml'), EXPIRED);
    writeFileSync(join(dir, 'idp.yaml'), saml());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('an expired metadata certificate: exit 1, at the line that names the file', () => {
    const run = spawnSync(process.execPath, [bin, 'validate', 'idp.yaml'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'idp.yaml:10:23: error saml-certificate-expired: metadata/idp.xml:73:11: a signing certificate must not be expired when Cognito reads the metadata; this one expired on 2023-01-01',
    );
  });
});

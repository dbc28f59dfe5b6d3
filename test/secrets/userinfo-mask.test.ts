import { stringify } from 'yaml';
import { received } from '../../src/validate/finding';
import { URL_POSITIONS } from '../../src/validate/rules/url-userinfo';
import { carriesUserinfo } from '../../src/validate/rules/url';
import { maskUserinfo } from '../../src/validate/userinfo';
import {
  completeFile,
  instantiate,
  schemaPositions,
  withKey,
  withValue,
} from '../helpers/positions';
import { diagnosticsOf } from '../helpers/validate';
import { USERINFO_FORMS } from './forms';

/**
 * The in-process half of the userinfo class (secrets.test.ts runs the built
 * CLI over a sample of it): every way of writing a password into a URL, in
 * every string position and map key of the schema, and no diagnostic field
 * (message, hint, pointer) holds the password.
 */
const SECRET = 'S3cr3tQ7vZmask';

describe('URL userinfo is never shown', () => {
  test.each(USERINFO_FORMS.map((form) => form(SECRET)))(
    '%j: carried, and masked raw, quoted and cut',
    (url) => {
      expect(carriesUserinfo(url)).toBe(true);
      for (const text of [
        url,
        JSON.stringify(url),
        received(url),
        `received ${received(url)}, which is odd`,
      ])
        expect(maskUserinfo(text).toLowerCase()).not.toContain(SECRET.toLowerCase());
    },
  );

  test('the mask keeps what carries no userinfo', () => {
    for (const text of [
      'https://api.acme.com/orders/read',
      'Acme <no-reply@acme.com>',
      'custom:tenant_id',
      'urn:acme:orders',
      '`https://<domain>/oauth2/idpresponse`',
    ]) {
      expect(maskUserinfo(text)).toBe(text);
    }
  });

  const base = completeFile();
  const strings = schemaPositions().filter(
    (p) =>
      (['string', 'enum', 'const'].includes(p.kind) || p.key) &&
      !URL_POSITIONS.includes(p.pattern.join('.')),
  );
  test.each(strings.map((p) => ({ ...p, name: `${p.pattern.join('.')}${p.key ? ' (key)' : ''}` })))(
    '$name: every form, no diagnostic shows the password',
    (position) => {
      const path = instantiate(base, position.pattern)!;
      for (const form of USERINFO_FORMS) {
        const doc = position.key
          ? withKey(base, path, form(SECRET))
          : withValue(base, path, form(SECRET));
        const shown = JSON.stringify(diagnosticsOf(stringify(doc))).toLowerCase();
        expect({ form: form(SECRET), leaked: shown.includes(SECRET.toLowerCase()) }).toEqual({
          form: form(SECRET),
          leaked: false,
        });
      }
    },
  );
});

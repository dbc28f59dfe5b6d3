import type { RuleFinding } from './rule';
import { received } from '../finding';
import { defineRule, providers } from './rule';

export const idpIdentifierDomain = defineRule({
  code: 'idp-identifier-domain',
  description:
    'An identifier that names an email domain is written without `@`: `acme.com`, not `@acme.com`.',
  source:
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managing-saml-idp-naming.html ' +
    '(Cognito matches the domain of the email a user enters, the part after `@`, with the identifiers; an identifier such as `example.com`)',
  part: 'provider',
  reads: ['identifiers'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file)) {
      (provider.identifiers ?? []).forEach((identifier, index) => {
        if (!identifier.startsWith('@')) return;
        const domain = identifier.replace(/^@+/, '');
        out.push({
          path: [...path, 'identifiers', index],
          message: `an email-domain identifier is the domain alone, because Cognito compares it with what follows the \`@\` of the email a user signs in with; received ${received(identifier)}, which starts with \`@\``,
          hint: domain
            ? `drop the \`@\`: write ${received(domain)}`
            : 'write the email domain, e.g. `example.com`',
        });
      });
    }
    return out;
  },
});

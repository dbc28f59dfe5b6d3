import type { RuleFinding } from './rule';
import { defineRule, providers } from './rule';

// Terraform allows `-` in variable names, but a pipeline could not export
// TF_VAR_<name> from a POSIX shell then; so no hyphen.
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names Terraform reserves for meta-arguments; a variable cannot use them. */
const RESERVED = [
  'source',
  'version',
  'providers',
  'count',
  'for_each',
  'lifecycle',
  'depends_on',
  'locals',
];

export const secretVariableName = defineRule({
  code: 'secret-variable-name',
  description:
    'A `{ variable: name }` secret names a Terraform variable: a letter or `_`, then letters, digits and `_` (so `TF_VAR_<name>` can be exported from a shell), and not a reserved name.',
  source:
    'https://developer.hashicorp.com/terraform/language/values/variables#declaring-an-input-variable (reserved names); ' +
    'https://developer.hashicorp.com/terraform/language/syntax/configuration#identifiers',
  part: 'provider',
  reads: ['clientSecret'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file)) {
      const secret = provider.clientSecret;
      if (!('variable' in secret)) continue;
      const name = secret.variable;
      const at = [...path, 'clientSecret', 'variable'];
      if (!NAME.test(name)) {
        // Never echo the value: a value that is not a name may be the secret pasted in by mistake.
        out.push({
          path: at,
          message: `a variable name is a letter or \`_\` followed by letters, digits and \`_\`; received a ${name.length}-character value that is not one (not shown: it may be a secret)`,
          hint: 'name the variable, e.g. `okta_client_secret`; the pipeline supplies its value as `TF_VAR_okta_client_secret`',
        });
        continue;
      }
      if (RESERVED.includes(name)) {
        out.push({
          path: at,
          message: `Terraform reserves \`${name}\`, so no variable can have that name (reserved: ${RESERVED.join(', ')})`,
          hint: `choose another name, e.g. \`${name}_client_secret\``,
        });
      }
    }
    return out;
  },
});

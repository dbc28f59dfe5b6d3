import { modelsFromContents } from '../../src/model/pipeline';
import { renderReview } from '../../src/outputs/review';
import { reviewOrigins } from '../../src/outputs/review';
import { DEFINITION, files, tenant } from './fixtures';

test("review says each stack's environment and tenant files, and where each provider was written", () => {
  const result = modelsFromContents(
    files({
      'config/acme/stack.yaml': DEFINITION,
      'config/acme/tenants/megasoft.yaml': tenant('megasoft', 'Megasoft', 'megasoft.org'),
    }),
  );
  if (!result.ok) throw new Error('invalid');
  const markdown = renderReview(result.models, reviewOrigins(result.stacks));
  const prod = markdown.slice(markdown.indexOf('## Stack `acme-sso-prod`'));
  expect(prod).toContain('- Environment: `prod`');
  expect(prod).toContain('- Tenant files: `config/acme/tenants/megasoft.yaml`');
  expect(prod).toContain('| Written in | `config/acme/tenants/megasoft.yaml:4` |');
  expect(prod).toContain('| Written in | `config/acme/stack.yaml:26` |');
});

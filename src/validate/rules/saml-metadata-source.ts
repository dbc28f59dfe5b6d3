import { relativePathProblem } from '../../load/related';
import { received } from '../finding';
import type { RuleFinding } from './rule';
import { defineRule, providers } from './rule';
import { httpsUrlProblem, shownUrl } from './url';

export const samlMetadataSource = defineRule({
  code: 'saml-metadata-source',
  description:
    'A SAML provider has exactly one metadata source (a pending provider at most one): `metadataUrl`, an absolute `https://` URL, ' +
    'or `metadataFile`, a path relative to the YAML file.',
  source:
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html#CognitoUserPools-CreateIdentityProvider-request-ProviderDetails ' +
    '(MetadataFile or MetadataURL); "At least one of the MetadataURL or MetadataFile should be provided." (https://github.com/hashicorp/terraform-provider-aws/issues/4815); docs/provider-evidence.md §6.1',
  part: 'provider',
  reads: ['type', 'metadataUrl', 'metadataFile', 'pending'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { provider, path } of providers(file, 'saml')) {
      const { metadataUrl: url, metadataFile: relative } = provider;
      if (url !== undefined && relative !== undefined) {
        out.push({
          path: [...path, 'metadataFile'],
          target: 'key',
          message:
            'a SAML provider takes its metadata from one place; received both `metadataUrl` and `metadataFile`',
          hint: 'keep `metadataFile` (checked before deploy, reviewed in git) or `metadataUrl` (Cognito fetches it), not both',
        });
        continue;
      }
      if (url === undefined && relative === undefined) {
        if (provider.pending) continue;
        out.push({
          path,
          target: 'key',
          message:
            "a SAML provider needs its IdP's metadata: `metadataUrl` or `metadataFile`; received neither",
          hint: 'add `metadataFile: metadata/<idp>.xml` (the XML beside this file) or `metadataUrl`; until the IdP sends it, mark the provider `pending: true`',
        });
        continue;
      }
      if (url !== undefined) {
        const problem = httpsUrlProblem(url, { allowQuery: true });
        if (problem) {
          out.push({
            path: [...path, 'metadataUrl'],
            message: `a SAML metadata URL is an absolute https:// URL; received ${shownUrl(url)}, which ${problem}`,
            hint: "copy the IdP's metadata URL, e.g. `https://acme.okta.com/app/exk1a2b3c4/sso/saml/metadata`",
          });
        }
        continue;
      }
      const problem = relativePathProblem(relative!);
      if (problem) {
        out.push({
          path: [...path, 'metadataFile'],
          message: `\`metadataFile\` is a path relative to this YAML file, so the metadata lives in git beside it; received ${received(relative)}, which ${problem}`,
          hint: 'save the metadata next to the YAML file and name it relatively, e.g. `metadata/contoso.xml`',
        });
      }
    }
    return out;
  },
});

import type { RuleFinding } from './rule';
import { clients, defineRule } from './rule';
import { carriesUserinfo, shownUrl } from './url';

export const clientDefaultRedirect = defineRule({
  code: 'client-default-redirect',
  description: "A client's `defaultRedirectUri` is one of its `callbackUrls`, written identically.",
  source:
    'docs/aws-limits.md#callback-and-logout-urls ("DefaultRedirectURI must be in CallbackURLs"); ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-DefaultRedirectURI',
  part: 'client',
  reads: ['defaultRedirectUri', 'callbackUrls'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      const uri = client.defaultRedirectUri;
      // A URL with a password is url-userinfo's finding, and only its.
      if (uri === undefined || (client.callbackUrls ?? []).includes(uri) || carriesUserinfo(uri))
        continue;
      out.push({
        path: [...path, 'defaultRedirectUri'],
        message: `\`defaultRedirectUri\` must be one of the client's callback URLs, character for character; received ${shownUrl(uri)}, and the client has ${(client.callbackUrls ?? []).length} callback URLs, none equal to it`,
        hint: 'add it to `callbackUrls`, or copy one of them here',
      });
    }
    return out;
  },
});

import type { RuleFinding } from './rule';
import { received } from '../finding';
import { durationMinutes, parseDuration } from '../duration';
import { clients, defineRule } from './rule';

const FORMAT = /^[1-9][0-9]{0,6}[mhd]$/;
const DAY = 24 * 60;
const LIMITS = {
  access: { min: 5, max: DAY, text: '5m to 1d' },
  id: { min: 5, max: DAY, text: '5m to 1d' },
  refresh: { min: 60, max: 3650 * DAY, text: '60m to 3650d' },
} as const;

export const tokenValidity = defineRule({
  code: 'token-validity',
  description:
    'Token lifetimes are a whole number with a unit (`m`, `h`, `d`): access and id 5m-1d, refresh 60m-3650d.',
  source:
    'docs/aws-limits.md#token-validity; ' +
    'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html#CognitoUserPools-CreateUserPoolClient-request-AccessTokenValidity; ' +
    'https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html#resource-quotas',
  part: 'client',
  reads: ['tokenValidity'],
  check(file) {
    const out: RuleFinding[] = [];
    for (const { client, path } of clients(file)) {
      const validity = client.tokenValidity ?? {};
      for (const kind of ['access', 'id', 'refresh'] as const) {
        const text = validity[kind];
        if (text === undefined) continue;
        const at = [...path, 'tokenValidity', kind];
        const limit = LIMITS[kind];
        if (!FORMAT.test(text)) {
          out.push({
            path: at,
            message: `a token lifetime is a whole number followed by \`m\` (minutes), \`h\` (hours) or \`d\` (days), e.g. \`1h\`; received ${received(text)}`,
            hint: `write the ${kind} token lifetime in ${limit.text}, e.g. \`${kind === 'refresh' ? '30d' : '60m'}\``,
          });
          continue;
        }
        const minutes = durationMinutes(parseDuration(text));
        if (minutes < limit.min || minutes > limit.max) {
          out.push({
            path: at,
            message: `the ${kind} token lifetime is ${limit.text}; received \`${text}\``,
            hint: `use a value from ${limit.text}`,
          });
        }
      }
    }
    return out;
  },
});

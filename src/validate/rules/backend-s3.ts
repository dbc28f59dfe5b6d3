import { defineRule } from './rule';
import type { RuleFinding } from './rule';
import { received } from '../finding';
import { firstBadChar } from './text';

export const backendS3 = defineRule({
  code: 'backend-s3',
  description:
    'The S3 state bucket name is 3-63 characters of lower-case letters, digits, `.` and `-`, starting and ending with a letter or digit; ' +
    'the state key is not empty and does not start with `/`.',
  source:
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html; ' +
    'https://developer.hashicorp.com/terraform/language/backend/s3 (key: path to the state file)',
  part: 'file',
  reads: ['backend.s3.bucket', 'backend.s3.key'],
  check(file) {
    const s3 = file.backend?.s3;
    if (!s3) return [];
    const out: RuleFinding[] = [];
    const problem = bucketProblem(s3.bucket);
    if (problem) {
      out.push({
        path: ['backend', 's3', 'bucket'],
        message: `an S3 bucket name is 3-63 characters of lower-case letters, digits, \`.\` and \`-\`, starting and ending with a letter or digit; received ${received(s3.bucket)}, which ${problem}`,
        hint: "write the existing state bucket's name exactly, e.g. `acme-tf-state`",
      });
    }
    if (s3.key !== undefined && (s3.key.trim() === '' || s3.key.startsWith('/'))) {
      out.push({
        path: ['backend', 's3', 'key'],
        message: `the state key is a non-empty object key without a leading \`/\`; received ${received(s3.key)}`,
        hint: 'e.g. `cognito/acme-prod.tfstate`, or remove `key` for the default `cognito/<stack>.tfstate`',
      });
    }
    return out;
  },
});

function bucketProblem(bucket: string): string | undefined {
  if (bucket.length < 3 || bucket.length > 63) return `is ${bucket.length} characters long`;
  const bad = firstBadChar(bucket, /^[a-z0-9.-]$/);
  if (bad) return `contains ${bad}`;
  if (!/^[a-z0-9].*[a-z0-9]$/.test(bucket)) return 'does not start and end with a letter or digit';
  if (bucket.includes('..')) return 'has two adjacent periods';
  return undefined;
}

import { modelOfPath } from '../compile/helpers';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeModels } from '../../src/compile';
import { CLI, CliResult, REPO } from '../helpers/cli';
import type { Json } from '../compile/helpers';
import { deriveResponses, Responses, writeResponses } from './derive';

/**
 * The live path, with the real AWS SDK client in the built CLI, against a
 * loopback server that answers in the Cognito API's protocol (AWS JSON 1.1:
 * POST /, `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`,
 * https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/CommonParameters.html)
 * from recorded responses: every list in pages of one (NextToken), and the
 * first DescribeUserPool throttled (TooManyRequestsException), which the
 * SDK's standard retry must retry.
 */
interface Exchange {
  target: string;
  /** The request body the SDK must send (compared as JSON). */
  request: Json;
  status: number;
  response: Json;
}

const TARGET = 'AWSCognitoIdentityProviderService.';

/** The recording: what a live pool with these responses answers, call by call. */
function recording(r: Responses): Exchange[] {
  const file = (name: string) => r.files.get(name) as Json;
  const UserPoolId = r.poolId;
  const ok = (target: string, request: Json, response: Json): Exchange => ({
    target,
    request,
    status: 200,
    response,
  });
  const pages = (
    target: string,
    request: Json,
    key: string,
    items: Json[],
    project: (item: Json) => Json = (i) => i,
  ): Exchange[] =>
    (items.length === 0 ? [[]] : items.map((i) => [i])).map((page, n, all) =>
      ok(
        target,
        { ...request, ...(n > 0 ? { NextToken: `page-${n}` } : {}) },
        { [key]: page.map(project), ...(n < all.length - 1 ? { NextToken: `page-${n + 1}` } : {}) },
      ),
    );
  const userPool = file('describe-user-pool.json').UserPool;
  const exchanges: Exchange[] = [
    {
      target: 'DescribeUserPool',
      request: { UserPoolId },
      status: 400,
      response: { __type: 'TooManyRequestsException', message: 'Rate exceeded' },
    },
    ok('DescribeUserPool', { UserPoolId }, { UserPool: userPool }),
    ok('GetUserPoolMfaConfig', { UserPoolId }, file('get-user-pool-mfa-config.json')),
  ];
  if (r.files.has('describe-user-pool-domain.json')) {
    exchanges.push(
      ok(
        'DescribeUserPoolDomain',
        { Domain: userPool.CustomDomain ?? userPool.Domain },
        file('describe-user-pool-domain.json'),
      ),
    );
  }
  exchanges.push(
    ...pages(
      'ListResourceServers',
      { UserPoolId, MaxResults: 50 },
      'ResourceServers',
      file('list-resource-servers.json').ResourceServers,
    ),
  );
  const providers: Json[] = file('list-identity-providers.json').Providers;
  exchanges.push(
    ...pages('ListIdentityProviders', { UserPoolId, MaxResults: 60 }, 'Providers', providers),
  );
  for (const [name, json] of r.files) {
    if (name.startsWith('describe-identity-provider-'))
      exchanges.push(
        ok(
          'DescribeIdentityProvider',
          { UserPoolId, ProviderName: json.IdentityProvider.ProviderName },
          json,
        ),
      );
  }
  const clients: Json[] = file('list-user-pool-clients.json').UserPoolClients;
  exchanges.push(
    ...pages('ListUserPoolClients', { UserPoolId, MaxResults: 60 }, 'UserPoolClients', clients),
  );
  for (const c of clients) {
    exchanges.push(
      ok(
        'DescribeUserPoolClient',
        { UserPoolId, ClientId: c.ClientId },
        file(`describe-user-pool-client-${c.ClientId}.json`),
      ),
    );
    const branding = r.files.get(`describe-managed-login-branding-by-client-${c.ClientId}.json`);
    if (branding === undefined) continue;
    exchanges.push(
      branding === ''
        ? {
            target: 'DescribeManagedLoginBrandingByClient',
            request: { UserPoolId, ClientId: c.ClientId },
            status: 400,
            response: {
              __type: 'ResourceNotFoundException',
              message: 'Managed login branding not found',
            },
          }
        : ok(
            'DescribeManagedLoginBrandingByClient',
            { UserPoolId, ClientId: c.ClientId },
            branding,
          ),
    );
  }
  return exchanges;
}

/** Serves the recording: each exchange once, matched by operation and request body; anything else is a 400 the test sees. */
class CognitoStub {
  readonly seen: Array<{
    target: string;
    request: Json;
    authorization: string;
    contentType: string;
  }> = [];
  readonly unexpected: string[] = [];
  private readonly server: Server;

  constructor(private readonly pending: Exchange[]) {
    this.server = createServer((req, res) => {
      void body(req).then((text) => {
        const target = String(req.headers['x-amz-target'] ?? '').replace(TARGET, '');
        const request = JSON.parse(text || '{}') as Json;
        this.seen.push({
          target,
          request,
          authorization: String(req.headers.authorization ?? ''),
          contentType: String(req.headers['content-type'] ?? ''),
        });
        const i = this.pending.findIndex(
          (e) =>
            e.target === target &&
            JSON.stringify(sortKeys(e.request)) === JSON.stringify(sortKeys(request)),
        );
        const exchange = i >= 0 ? this.pending.splice(i, 1)[0] : undefined;
        if (!exchange) this.unexpected.push(`${target} ${text}`);
        res.writeHead(exchange?.status ?? 400, {
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-requestid': `req-${this.seen.length}`,
        });
        res.end(
          JSON.stringify(
            exchange?.response ?? {
              __type: 'InvalidParameterException',
              message: `not in the recording: ${target}`,
            },
          ),
        );
      });
    });
  }

  listen(): Promise<string> {
    return new Promise((done) =>
      this.server.listen(0, '127.0.0.1', () =>
        done(`http://127.0.0.1:${(this.server.address() as AddressInfo).port}`),
      ),
    );
  }

  left(): string[] {
    return this.pending.map((e) => `${e.target} ${JSON.stringify(e.request)}`);
  }

  close(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((done) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => done(text));
  });
}

function sortKeys(value: Json): Json {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

/** The built CLI, run asynchronously (the stub answers from this process's event loop), with AWS settings from nowhere but `env`. */
function runCliAsync(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')),
  );
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, env: { ...clean, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const awsEnv = (endpoint: string) => ({
  AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoint,
  AWS_ACCESS_KEY_ID: 'AKIDCOGFEDTEST',
  AWS_SECRET_ACCESS_KEY: 'not-a-real-secret-key',
  AWS_CONFIG_FILE: '/nonexistent/config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
  AWS_EC2_METADATA_DISABLED: 'true',
});

function responsesOf(file: string): Responses {
  const model = modelOfPath(join(REPO, file), file);
  return deriveResponses(synthesizeModels([model]).get(model.stack) as Json);
}

describe('cogfed import --pool-id (live, through the AWS SDK)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cogfed-import-live-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('pages through every list, retries the throttled call, and writes what the folder import writes', async () => {
    const responses = responsesOf('test/compile/fixtures/kitchen-sink.yaml');
    const stub = new CognitoStub(recording(responses));
    const endpoint = await stub.listen();
    try {
      const live = await runCliAsync(
        [
          'import',
          '--pool-id',
          responses.poolId,
          '--stack',
          'kitchen-sink',
          '--pool-key',
          'members',
        ],
        awsEnv(endpoint),
      );
      expect(stub.unexpected).toEqual([]);
      expect(stub.left()).toEqual([]);
      expect(live.stderr).toContain(
        'adopts 1 user pool, 1 domain, 1 resource server, 2 identity providers, 2 app clients, 1 managed login style (8 import blocks)',
      );
      expect(live.status).toBe(0);

      // The real client: SigV4-signed for the pool's region and the cognito-idp service, AWS JSON 1.1.
      expect(stub.seen.every((s) => s.contentType === 'application/x-amz-json-1.1')).toBe(true);
      expect(
        stub.seen.every((s) =>
          /^AWS4-HMAC-SHA256 Credential=AKIDCOGFEDTEST\/\d{8}\/eu-central-1\/cognito-idp\/aws4_request/.test(
            s.authorization,
          ),
        ),
      ).toBe(true);
      // Throttled once, retried once; every list read to its last page.
      expect(stub.seen.filter((s) => s.target === 'DescribeUserPool')).toHaveLength(2);
      expect(
        stub.seen.filter((s) => s.target === 'ListUserPoolClients').map((s) => s.request.NextToken),
      ).toEqual([undefined, 'page-1']);
      expect(
        stub.seen
          .filter((s) => s.target === 'ListIdentityProviders')
          .map((s) => s.request.NextToken),
      ).toEqual([undefined, 'page-1']);
      // Nothing but reads.
      expect(stub.seen.every((s) => /^(Describe|Get|List)/.test(s.target))).toBe(true);

      writeResponses(responses, join(dir, 'folder'));
      const offline = await runCliAsync(
        [
          'import',
          '--from',
          join(dir, 'folder'),
          '--stack',
          'kitchen-sink',
          '--pool-key',
          'members',
        ],
        {},
      );
      expect(offline.status).toBe(0);
      const withoutSource = (yaml: string) => yaml.replace(/read from [^\n]*\n/, '\n');
      expect(withoutSource(live.stdout)).toBe(withoutSource(offline.stdout));
      expect(live.stdout).toContain('read from AWS (eu-central-1).');

      for (const secret of secretsOf(responses))
        expect(`${live.stdout}${live.stderr}`).not.toContain(secret);
    } finally {
      await stub.close();
    }
  }, 60_000);

  test('an AWS error is a usage error with its name, exit 2, nothing on stdout', async () => {
    const stub = new CognitoStub([
      {
        target: 'DescribeUserPool',
        request: { UserPoolId: 'us-east-1_Missing1' },
        status: 400,
        response: {
          __type: 'ResourceNotFoundException',
          message: 'User pool us-east-1_Missing1 does not exist.',
        },
      },
    ]);
    const endpoint = await stub.listen();
    try {
      const result = await runCliAsync(
        ['import', '--pool-id', 'us-east-1_Missing1'],
        awsEnv(endpoint),
      );
      expect(result).toEqual({
        status: 2,
        stdout: '',
        stderr:
          'cogfed: reading us-east-1_Missing1 from AWS failed: ResourceNotFoundException: User pool us-east-1_Missing1 does not exist. (is us-east-1_Missing1 in this account and region?)\n',
      });
    } finally {
      await stub.close();
    }
  }, 30_000);
});

/** Every secret value the responses carry (a provider's client_secret, a client's ClientSecret). */
function secretsOf(responses: Responses): string[] {
  const out: string[] = [];
  for (const json of responses.files.values()) {
    const text = JSON.stringify(json);
    for (const m of text.matchAll(/"(?:client_secret|ClientSecret)":"([^"]+)"/g)) out.push(m[1]);
  }
  expect(out.length).toBeGreaterThan(0);
  return out;
}

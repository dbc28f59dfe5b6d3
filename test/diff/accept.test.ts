import { UsageError } from '../../src/load/files';
import { parseAcceptances } from '../../src/outputs/diff/accept';
import { ACME, GLOBEX } from './fixtures';
import { TempRepo } from './repo';

describe('--accept CODE[=REASON]', () => {
  test('codes, comma lists, repeats, and a reason that may hold commas', () => {
    expect(
      parseAcceptances([
        'pool-replaced',
        'idp-removed,client-removed',
        'idp-renamed=merged into Okta, see #12',
      ]),
    ).toEqual([
      { code: 'pool-replaced' },
      { code: 'idp-removed' },
      { code: 'client-removed' },
      { code: 'idp-renamed', reason: 'merged into Okta, see #12' },
    ]);
  });

  test('an unknown code is a usage error naming it', () => {
    expect(() => parseAcceptances(['pool-replced=oops'])).toThrow(UsageError);
    expect(() => parseAcceptances(['pool-replced=oops'])).toThrow(
      /--accept pool-replced: not a hazard code/,
    );
  });

  describe('the reason reaches every format', () => {
    let repo: TempRepo;
    beforeAll(() => {
      repo = new TempRepo({ 'config/acme.yaml': ACME, 'config/globex.yaml': GLOBEX });
      repo.edit('config/acme.yaml', (s) =>
        s.replace(
          'usernameAttributes: [email]\n      caseSensitive',
          'usernameAttributes: [phone_number]\n      caseSensitive',
        ),
      );
    });
    afterAll(() => repo.cleanup());
    const accept = ['pool-replaced=users migrated to pool v2'];

    test('text', () => {
      const result = repo.diff({ accept });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain(
        '[accepted: --accept pool-replaced: "users migrated to pool v2"]',
      );
    });

    test('json', () => {
      const body = JSON.parse(repo.diff({ accept, format: 'json' }).stdout);
      expect(body.hazards[0]).toMatchObject({
        code: 'pool-replaced',
        accepted: true,
        acceptReason: 'users migrated to pool v2',
      });
    });

    test('markdown', () => {
      expect(repo.diff({ accept, format: 'markdown' }).stdout).toContain(
        'blocking (accepted: users migrated to pool v2)',
      );
    });

    test('SARIF: a suppression with its justification', () => {
      const log = JSON.parse(repo.diff({ accept, format: 'sarif' }).stdout);
      expect(log.runs[0].results[0].suppressions).toEqual([
        { kind: 'external', justification: 'users migrated to pool v2' },
      ]);
    });

    test('github', () => {
      expect(repo.diff({ accept, format: 'github' }).stdout).toContain(
        '[accepted: --accept pool-replaced: "users migrated to pool v2"]',
      );
    });
  });
});

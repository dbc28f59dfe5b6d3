import { EMPTY, EXISTING, MANAGED } from './existing-fixtures';
import { hazardsOf, only, summary } from './helpers';

describe('existing-pool-detached', () => {
  test('FAIL: an existing pool removed from the file: the pool stays, what the stack added goes; never pool-destroyed', () => {
    const run = hazardsOf(EXISTING, EMPTY);
    expect(summary(run)).toEqual(['existing-pool-detached customers@4:1']);
    expect(run.hazards[0]).toMatchObject({ severity: 'blocking', path: 'userPools' });
    expect(run.hazards[0].message).toBe(
      'pool customers is removed from stack acme: the existing pool us-east-1_AbC123 stays with its users, but the identity providers this stack added (Okta: linked users lose their link), and its app clients (web: apps using their client ids stop working) are deleted from it',
    );
  });

  test('FAIL: the stack removed, at line 1 of the base file', () => {
    const run = hazardsOf(EXISTING, undefined);
    expect(summary(run)).toEqual(['existing-pool-detached customers@1:1']);
    expect(run.hazards[0].message).toContain(
      'stack acme is removed: the existing pool us-east-1_AbC123 stays with its users',
    );
  });

  test('PASS: a managed pool removed is pool-destroyed, not detached', () => {
    const run = hazardsOf(MANAGED, EMPTY);
    expect(only(run, 'existing-pool-detached')).toEqual([]);
    expect(only(run, 'pool-destroyed')).toHaveLength(1);
  });
});

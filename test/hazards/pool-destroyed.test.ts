import { ACME, GLOBEX } from '../diff/fixtures';
import { edit, hazardsOf, only, summary } from './helpers';

const WITHOUT_STAFF = ACME.slice(0, ACME.indexOf('  staff:\n'));
const WITHOUT_CUSTOMERS = edit(ACME, /^ {2}customers:\n(?: {4}.*\n)+/m, '');

describe('pool-destroyed', () => {
  test('FAIL: a pool removed from the file, annotated at userPools', () => {
    const run = hazardsOf(ACME, WITHOUT_STAFF);
    expect(summary(run)).toEqual(['pool-destroyed staff@5:1']);
    const [hazard] = run.hazards;
    expect(hazard).toMatchObject({
      code: 'pool-destroyed',
      severity: 'blocking',
      subject: 'staff',
      path: 'userPools',
    });
    expect(hazard.message).toBe(
      'user pool staff (acme-staff) is removed from stack acme: Terraform destroys it, and every user in pool staff is deleted',
    );
    expect(hazard.hint).toContain('--accept pool-destroyed');
  });

  test('FAIL: a protected pool removed says the apply is refused until protection is off', () => {
    const run = hazardsOf(ACME, WITHOUT_CUSTOMERS);
    expect(summary(run)).toEqual(['pool-destroyed customers@5:1']);
    expect(run.hazards[0].message).toContain(
      'every user in pool customers is deleted (deletion protection is on',
    );
  });

  test('FAIL: the stack file deleted destroys its pools, annotated at line 1 of the base file', () => {
    const run = hazardsOf(GLOBEX, undefined, { file: 'config/globex.yaml' });
    expect(summary(run)).toEqual(['pool-destroyed users@1:1']);
    expect(run.hazards[0]).toMatchObject({
      severity: 'blocking',
      path: '',
      file: 'config/globex.yaml',
    });
    expect(run.hazards[0].message).toContain(
      'user pool users (globex-users) is destroyed when stack globex is: stack globex is no longer in the configuration; every user in pool users is deleted',
    );
  });

  test('FAIL: the stack renamed in place starts from an empty state', () => {
    const run = hazardsOf(GLOBEX, undefined, {
      file: 'config/globex.yaml',
      renamedTo: 'globex-eu',
    });
    expect(summary(run)).toEqual(['pool-destroyed users@1:1']);
    expect(run.hazards[0].message).toContain(
      'the stack is renamed to globex-eu, which starts from a new, empty state',
    );
  });

  test('PASS: a pool whose key is renamed is replaced, not destroyed', () => {
    const run = hazardsOf(ACME, edit(ACME, '  staff:\n', '  employees:\n'));
    expect(only(run, 'pool-destroyed')).toEqual([]);
    expect(summary(run)).toEqual(['pool-replaced staff@55:3']);
  });
});

import {
  admitsSome,
  compareVersions,
  parseConstraint,
  parseVersion,
  satisfies,
  Version,
} from '../../src/validate/version-constraint';

const v = (text: string): Version => parseVersion(text)!;
const meets = (constraint: string, version: string) =>
  satisfies(parseConstraint(constraint)!, v(version));

/**
 * Each case below was run through `terraform init` 1.11.4 against a mirror
 * holding only hashicorp/aws 5.100.0 (a required_providers block with the
 * constraint): "Invalid version constraint", initialized, or "no available
 * releases match".
 */
describe('Terraform version constraints', () => {
  test('Terraform accepts these', () => {
    for (const text of [
      '~> 6.25',
      '~>6.25',
      '>= 5.0, < 7',
      '>=5,<7',
      '6.25.0',
      '= 6.25',
      '~> 6',
      '6.25.0-beta1',
      '!= 6.25.0',
      '> 5.99',
      '5',
      ' ~> 5.100 ',
      '>= 5.99 , < 7',
      '5.100.0-',
      '6.25.0+build',
      '~> 5.100.0-rc1+x',
      '~> 5.100-rc1',
      '01.2',
      '>= 0',
    ]) {
      expect([text, parseConstraint(text) !== undefined]).toEqual([text, true]);
    }
  });

  test('Terraform rejects these as invalid', () => {
    for (const text of [
      '',
      ' ',
      '6.x',
      'v6.25',
      '^6.25',
      '>= 6.25,',
      ',>=5',
      '>= 5.0,, < 7',
      '>= 5.0 < 7',
      '6.25.0.1',
      '~> 5.100.0.1',
      '5.100.*',
      '=',
      '~>',
      '= = 5',
      '> = 5',
      '=> 5',
      '==5',
      '-1',
      '>=\t5',
      'latest',
      '> 99999999999999999999',
    ]) {
      expect([text, parseConstraint(text)]).toEqual([text, undefined]);
    }
  });

  test('which constraints hashicorp/aws 5.100.0 meets, as terraform init found', () => {
    const met = [
      '>= 5.0, < 7',
      '!= 6.25.0',
      '> 5.99',
      '~> 5.100.0',
      '5.100',
      '=5.100.0',
      '~> 5.100.0-rc1',
      '~> 5',
      '<= 5.100',
      '> 5.100.0-beta',
      '>= 5, >= 5',
      '5.100.0-',
    ];
    const unmet = [
      '~> 6.25',
      '6.25.0',
      '~> 6',
      '5',
      '~> 5.99, != 5.100.0',
      '< 5.100.1, > 5.100.0',
      '> 5.100',
      '~> 5.99.9',
      '~> 4',
      '~> 5.101',
      '>= 5.100.0-beta, < 5.100.0',
      '= 5.100.0-beta',
      '< 0',
    ];
    for (const text of met) expect([text, meets(text, '5.100.0')]).toEqual([text, true]);
    for (const text of unmet) expect([text, meets(text, '5.100.0')]).toEqual([text, false]);
  });

  test('~> lets only the last number written grow: ~> 6.25 is >= 6.25.0, < 7.0.0', () => {
    expect(
      ['6.24.9', '6.25.0', '6.25.7', '6.99.0', '7.0.0'].map((x) => meets('~> 6.25', x)),
    ).toEqual([false, true, true, true, false]);
    expect(['6.25.0', '6.25.9', '6.26.0'].map((x) => meets('~> 6.25.0', x))).toEqual([
      true,
      true,
      false,
    ]);
    expect(['5.9.9', '6.0.0', '6.99.1', '7.0.0'].map((x) => meets('~> 6', x))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  test('a prerelease is chosen only by naming it exactly', () => {
    expect(meets('= 6.30.0-beta1', '6.30.0-beta1')).toBe(true);
    expect(meets('>= 6.25', '6.30.0-beta1')).toBe(false);
    expect(compareVersions(v('6.30.0-beta1'), v('6.30.0'))).toBe(-1);
    expect(compareVersions(v('6.30.0-beta.2'), v('6.30.0-beta.10'))).toBe(-1);
    expect(compareVersions(v('6.30.0-1'), v('6.30.0-alpha'))).toBe(-1);
  });

  test('admitsSome: is there a version in [from, below) that meets the constraint?', () => {
    const admits = (text: string, from: string, below?: string) =>
      admitsSome(parseConstraint(text)!, v(from), below ? v(below) : undefined);
    expect(admits('~> 6.25', '6.12.0')).toBe(true);
    expect(admits('~> 6.25', '0.0.0', '6.6.0')).toBe(false);
    expect(admits('~> 6.25', '7.0.0')).toBe(false);
    expect(admits('~> 5.100', '6.12.0')).toBe(false);
    expect(admits('~> 5.100', '0.0.0', '6.6.0')).toBe(true);
    expect(admits('>= 7, < 6', '0.0.0')).toBe(false);
    expect(admits('= 6.25.0, != 6.25.0', '0.0.0')).toBe(false);
    // != steps past excluded versions: 6.5.10 is a version before 6.6.0.
    expect(admits('>= 6.5.9, != 6.5.9', '0.0.0', '6.6.0')).toBe(true);
    expect(admits('>= 6.5.9, != 6.5.9, < 6.5.10', '0.0.0')).toBe(false);
    expect(admits('> 6.5.9', '0.0.0', '6.6.0')).toBe(true);
    expect(admits('>= 6.6.0-beta1', '0.0.0', '6.6.0')).toBe(false);
    expect(admits('= 6.30.0-beta1', '6.12.0', '7.0.0')).toBe(true);
    expect(admits('= 6.30.0-beta1, < 6.30.0-alpha', '0.0.0')).toBe(false);
  });
});

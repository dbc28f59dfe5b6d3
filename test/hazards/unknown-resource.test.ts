import { codesOf, planReport } from './plan-only';

describe('unknown-resource (seen only in a plan)', () => {
  test('fail: resources in the state or configuration that no YAML line describes', () => {
    expect(codesOf(planReport('edits'), 'unknown-resource')).toEqual([
      'unknown-resource@4:1',
      'unknown-resource@4:1',
    ]);
  });

  test('pass: a plan of exactly what the YAML compiles to', () => {
    expect(codesOf(planReport('create'), 'unknown-resource')).toEqual([]);
  });
});

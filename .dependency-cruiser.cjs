/**
 * The layering cogfed keeps, checked on every `npm test` (test/architecture):
 * the stages load → validate → model → compile → outputs → cli import only
 * their own stage or an earlier one, and only the compile stage's engine seam
 * (src/compile/engine.ts) imports cdktf, constructs or the provider bindings.
 */
const STAGES = ['load', 'validate', 'model', 'compile', 'outputs', 'cli'];

const backArrows = STAGES.map((stage, i) => ({
  name: `no-back-arrow-from-${stage}`,
  comment: `src/${stage} may import only ${STAGES.slice(0, i + 1).join(', ')} (stages import only downward)`,
  severity: 'error',
  from: { path: `^src/${stage}/` },
  to: { path: `^src/(${STAGES.slice(i + 1).join('|') || '$^'})/` },
}));

module.exports = {
  forbidden: [
    ...backArrows,
    {
      name: 'cdktf-only-through-the-engine-seam',
      comment:
        'cdktf, constructs and @cdktf/provider-aws load only in src/compile/engine.ts (one file to change for CDK Terrain)',
      severity: 'error',
      from: { pathNot: '^src/compile/engine\\.ts$' },
      to: { path: '(^|/)node_modules/(cdktf|constructs|@cdktf/provider-aws)/' },
    },
    {
      name: 'no-provider-package-root',
      comment:
        'the provider bindings root loads every AWS resource type (seconds): import each from @cdktf/provider-aws/lib/<resource>',
      severity: 'error',
      from: {},
      to: { path: '(^|/)node_modules/@cdktf/provider-aws/lib/index\\.js$' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle makes module load order decide what is defined',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/validate/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};

import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, runCli } from '../helpers/cli';
import { exampleStacks } from '../helpers/examples';

/** `cogfed synth one.yaml` writes that stack, and says plainly which stack folders of the previous output are gone. */
test('synth of one file names each stack folder it removed', () => {
  const ws = mkdtempSync(join(tmpdir(), 'cogfed-removed-'));
  try {
    cpSync(join(REPO, 'config'), join(ws, 'config'), { recursive: true });
    expect(runCli(['synth'], { cwd: ws }).status).toBe(0);
    const result = runCli(['synth', 'config/auth0.yaml'], { cwd: ws });
    expect(result.status).toBe(0);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^cogfed: initech-auth0 → cdktf\.out\/stacks\/initech-auth0\/cdk\.tf\.json/,
      ),
      // Every other example's stack (derived from config/, so a new example does not stale the test).
      ...exampleStacks()
        .filter((stack) => stack !== 'initech-auth0')
        .map(
          (stack) =>
            `cogfed: removed cdktf.out/stacks/${stack}: that stack is not among the files compiled in this run (synth every file to keep it)`,
        ),
    ]);
    expect(readdirSync(join(ws, 'cdktf.out/stacks'))).toEqual(['initech-auth0']);
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});

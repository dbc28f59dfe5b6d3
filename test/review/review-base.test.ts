import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, REPO } from '../helpers/cli';
import { TempRepo } from '../diff/repo';

/**
 * `review --base` reads the base as `diff` does: a file that names another
 * beside it (SAML metadata) is read at the base commit too, so a base with
 * such a file validates, and only what changed is shown.
 */
test('review --base with a SAML metadata file beside the YAML: only the changed stack is shown', () => {
  const files = Object.fromEntries(
    ['config/entra-saml.yaml', 'config/auth0.yaml', 'config/metadata/entra-contoso.xml'].map(
      (path) => [path, readFileSync(join(REPO, path), 'utf8')],
    ),
  );
  const repo = new TempRepo(files);
  try {
    repo.edit('config/auth0.yaml', (s) => s.replace('localhost:3000', 'localhost:3001'));
    const result = runCli(['review', '--base', 'main'], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Only what changed since `main`');
    expect(result.stdout).toContain('1 stack of 2');
    expect(result.stdout).not.toContain('do not validate');
    expect(result.stdout).not.toContain('## Stack `contoso-entra`');
  } finally {
    repo.cleanup();
  }
});

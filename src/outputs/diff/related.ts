import { posix } from 'node:path';
import type { RelatedReader } from '../../load/related';
import type { GitRepo } from './git';

/**
 * The files a configuration names beside itself (a SAML provider's
 * `metadataFile`), as they were at the base commit: `git show`, never a
 * checkout. A path that leaves the repository does not exist there.
 */
export function gitReader(repo: GitRepo, commit: string, yamlRepoPath: string): RelatedReader {
  const folder = posix.dirname(yamlRepoPath);
  return (relative, maxBytes) => {
    const path = posix.normalize(folder === '.' ? relative : `${folder}/${relative}`);
    if (path === '..' || path.startsWith('../')) return { ok: false, reason: 'missing' };
    const kind = repo.kind(commit, path);
    if (kind === undefined) return { ok: false, reason: 'missing' };
    if (kind === 'tree') return { ok: false, reason: 'not-file' };
    const size = repo.size(commit, path);
    if (size !== undefined && size > maxBytes)
      return { ok: false, reason: 'too-large', bytes: size };
    const bytes = repo.show(commit, path);
    return bytes
      ? { ok: true, bytes }
      : { ok: false, reason: 'unreadable', detail: 'git show failed' };
  };
}

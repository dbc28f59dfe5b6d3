import { dirname } from 'node:path';
import NodeModule from 'node:module';

/**
 * cdktf's package root loads `archiver` (a zip library and its streams)
 * eagerly, through terraform-module → terraform-asset → private/fs, to
 * archive Terraform assets. cogfed writes no assets, yet that load was about
 * 130 of the 210 ms `require('cdktf')` takes, paid by every synth, diff and
 * plan (measured with Node 20.20: 209 ms → 77 ms). This puts a stand-in for
 * the module in the require cache that loads the real one on first use, so
 * an asset would still be archived as before. Imported by engine.ts before
 * cdktf; when the layout differs (another cdktf, CDK Terrain), nothing is
 * deferred and cdktf loads as it always did.
 */
export function deferArchiver(): void {
  let path: string;
  try {
    path = require.resolve('archiver', { paths: [dirname(require.resolve('cdktf/package.json'))] });
  } catch {
    return;
  }
  if (require.cache[path]) return;
  let real: ((...args: unknown[]) => unknown) & Record<PropertyKey, unknown>;
  const load = () => {
    if (!real) {
      delete require.cache[path];
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      real = require(path);
    }
    return real;
  };
  const standIn = new Proxy(function archiver() {}, {
    apply: (_target, _this, args: unknown[]) => load()(...args),
    get: (_target, key) => load()[key],
    has: (_target, key) => key in load(),
  });
  const entry = new NodeModule(path);
  entry.filename = path;
  entry.loaded = true;
  entry.exports = standIn;
  require.cache[path] = entry;
}

deferArchiver();

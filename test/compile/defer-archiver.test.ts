import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The engine seam loads cdktf without its zip library (src/compile/defer-archiver.ts),
 * and the stand-in still archives when asked. In a child process on the built
 * engine: jest has a module registry of its own, without Node's require.cache.
 */
const ENGINE = join(__dirname, '../../dist/src/compile/engine.js');

test('cdktf loads without archiver; the stand-in loads the real one on first use', () => {
  const script = `
    require(${JSON.stringify(ENGINE)});
    const { dirname } = require('node:path');
    const path = require.resolve('archiver', { paths: [dirname(require.resolve('cdktf/package.json'))] });
    const loaded = () => Object.keys(require.cache).filter((k) => /[\\\\/]node_modules[\\\\/](zip-stream|archiver-utils|readable-stream)[\\\\/]/.test(k)).length;
    const before = loaded();
    const zip = require(path)('zip', { zlib: { level: 1 } });
    process.stdout.write(JSON.stringify({ before, after: loaded(), appends: typeof zip.append, real: typeof require.cache[path].exports.create }));
  `;
  const child = spawnSync(process.execPath, ['-e', script], {
    cwd: join(__dirname, '../..'),
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  const result = JSON.parse(child.stdout);
  expect(result.before).toBe(0);
  expect(result.after).toBeGreaterThan(0);
  expect(result.appends).toBe('function');
  expect(result.real).toBe('function');
});

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../helpers/cli';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate } = require('../../bench/generate.js') as {
  generate: (o?: { pools?: number; providers?: number; clients?: number }) => string;
};

/**
 * `cogfed review | head -1`: the reader closes the pipe while cogfed still
 * writes (the review of a 50-pool file is far more than a pipe buffers). It
 * stops quietly, with the exit code it had: no EPIPE stack trace.
 */
test.each([
  ['review', []],
  ['validate --format json', ['--format', 'json']],
])('%s into a pipe the reader closes: no stack trace, exit 0', async (_name, extra) => {
  const dir = mkdtempSync(join(tmpdir(), 'cogfed-pipe-'));
  try {
    writeFileSync(join(dir, 'large.yaml'), generate({ pools: 50, providers: 20, clients: 5 }));
    const command = _name.split(' ')[0];
    const child = spawn(process.execPath, [CLI, command, ...extra, 'large.yaml'], { cwd: dir });
    // Read one chunk, then close the reading end, as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({
      status,
      stderr: stderr.replace(/^cogfed: 1 file checked, no problems\n$/, ''),
    }).toEqual({ status: 0, stderr: '' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

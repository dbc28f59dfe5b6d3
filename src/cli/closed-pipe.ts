/**
 * `cogfed review | head`: when the reader closes the pipe, a write to it
 * fails with EPIPE, which Node raises as an unhandled 'error' event: a stack
 * trace and exit 1, for what is the reader's choice. A CLI stops quietly
 * instead (as it would by SIGPIPE, which Node ignores), keeping the exit code
 * it had. Any other stream error is still raised.
 */
export function stopQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

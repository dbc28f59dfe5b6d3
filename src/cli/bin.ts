#!/usr/bin/env node
// The `cogfed` executable: bundled with esbuild into dist/cogfed.js (see the
// `bundle` script), so start-up reads one file instead of hundreds.
import { main } from './main';

main(process.argv);

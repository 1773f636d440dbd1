#!/usr/bin/env node
// The package's command-line tool; its code is in dist/esm/cli (src/cli).
import '../dist/esm/cli/main.js';

#!/usr/bin/env node
// The `minga` command: runs the TypeScript CLI through tsx (the server ships as source).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');

#!/usr/bin/env node
// Entry point of the `diorama` command. It runs the compiled copy in dist/src/ (built by `npm ci` or
// `npm run build`) when that copy is newer than every source file, and otherwise loads the TypeScript
// sources through tsx, which costs about a second more at start-up. DIORAMA_FROM_SOURCE=1 forces tsx.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Whether every source module has a compiled counterpart at least as new. */
function compiledIsFresh(sourceDir, compiledDir) {
  for (const entry of readdirSync(sourceDir, { withFileTypes: true })) {
    const source = path.join(sourceDir, entry.name);
    if (entry.isDirectory()) {
      if (!compiledIsFresh(source, path.join(compiledDir, entry.name))) return false;
      continue;
    }
    if (entry.name.endsWith('.test.ts') || entry.name.endsWith('.d.ts')) continue;
    const compiled = path.join(compiledDir, entry.name.replace(/\.ts$/, '.js'));
    if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) return false;
  }
  return true;
}

const compiledMain = path.join(root, 'dist', 'src', 'cli', 'main.js');
// The native allocator reads its settings when the canvas addon loads, so they are set before main is imported.
let main;
if (process.env.DIORAMA_FROM_SOURCE !== '1' && existsSync(compiledMain) && compiledIsFresh(path.join(root, 'src'), path.join(root, 'dist', 'src'))) {
  (await import('../dist/src/util/native-memory.js')).tuneNativeMemory();
  ({ main } = await import('../dist/src/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  (await import('../src/util/native-memory.ts')).tuneNativeMemory();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);

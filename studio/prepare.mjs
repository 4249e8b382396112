// Builds the web studio on `npm install` / `npm ci` (npm's `prepare` step), so
// a fresh clone serves it at once. An install without dev dependencies has no
// Vite: it then says how to build later instead of failing the install.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
let vite;
try {
  vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
} catch {
  console.log('studio: Vite is not installed (dev dependencies omitted), so the web studio was not built; `npm run build:studio` builds it.');
  process.exit(0);
}
const result = spawnSync(process.execPath, [vite, 'build', '--config', 'studio/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
process.exit(result.status ?? 1);

/**
 * Measures, for every drawn art whose legs move and every gait, the stride
 * pose nearest its still drawing, and writes src/assets/stride-rest-table.ts.
 * Run after changing drawn legs: npm run stride-rest
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stridingAssets } from '../src/assets/drawn-art.ts';
import { STRIDE_GAITS } from '../src/assets/drawn-stride.ts';
import { measureStrideRest } from '../src/assets/stride-rest.ts';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/assets/stride-rest-table.ts');
const rows = stridingAssets()
  .sort()
  .map((asset) => `  '${asset}': { ${STRIDE_GAITS.map((gait) => `${gait}: ${measureStrideRest(asset, gait)}`).join(', ')} },`);
writeFileSync(
  out,
  `// Written by \`npm run stride-rest\` (scripts/build-stride-rest.ts) from the drawn art; do not edit by hand.
import type { StrideGait } from './drawn-stride.ts';

/** Per drawn asset and gait, the index of the stride pose nearest its still art (see stride-rest.ts). */
export const STRIDE_REST_TABLE: Readonly<Record<string, Readonly<Record<StrideGait, number>>>> = {
${rows.join('\n')}
};
`,
);
console.log(`wrote ${rows.length} assets to ${path.relative(process.cwd(), out)}`);

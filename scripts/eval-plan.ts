/**
 * Evaluates the planner (npm run eval:plan):
 *
 *  - share of content words resolved over the shared development prompts and
 *    the labelled set (goal ≥ 98 %),
 *  - accuracy per category over the hand-labelled set (eval/plan/labelled.txt),
 *  - start-up time of the lexicon and language model, and planning time per
 *    prompt after warm-up (goal ≤ 50 ms),
 *  - the remaining failures, worst prompts first.
 *
 *   npm run eval:plan                  # summary and the 25 worst failures
 *   npm run eval:plan -- --all         # every failure
 *   npm run eval:plan -- --json out.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const started = performance.now();
const { lexicon } = await import('../src/plan/lexicon/lexicon.ts');
const { winkNlp } = await import('../src/plan/nlp/read-tokens.ts');
const moduleMs = performance.now() - started;
const loadStart = performance.now();
lexicon();
const lexiconMs = performance.now() - loadStart;
const nlpStart = performance.now();
winkNlp();
const nlpMs = performance.now() - nlpStart;

const { planScene } = await import('../src/plan/planner.ts');
const { parseLabelledSet } = await import('../src/plan/eval/labelled-set.ts');
const { CATEGORIES, scorePlan } = await import('../src/plan/eval/score-plan.ts');
const { resolvedShare } = await import('../src/plan/eval/content-words.ts');
const { COLOR_WORDS } = await import('../src/plan/words/color-words.ts');

const sharedFile = path.resolve(here, '../../shared/prompts/dev-prompts.txt');
const labelledFile = path.resolve(here, '../eval/plan/labelled.txt');
const shared = readFileSync(sharedFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const labelled = parseLabelledSet(readFileSync(labelledFile, 'utf8'), new Set(Object.keys(COLOR_WORDS)));
const output = { width: 1280, height: 720, fps: 30, seconds: 6, format: 'mp4' as const };

const firstStart = performance.now();
planScene({ prompt: 'a red fox trotting through a snowy pine forest at dusk', seed: 1, output });
const firstPlanMs = performance.now() - firstStart;

const times: number[] = [];
const plan = (prompt: string) => {
  const t = performance.now();
  const result = planScene({ prompt, seed: 7, output });
  times.push(performance.now() - t);
  return result;
};

let resolved = 0;
let total = 0;
const missedWords = new Map<string, number>();
const share = (prompt: string, unresolved: readonly string[]): void => {
  const s = resolvedShare(prompt, unresolved);
  resolved += s.resolved;
  total += s.total;
  for (const w of s.missed) missedWords.set(w, (missedWords.get(w) ?? 0) + 1);
};
for (const prompt of shared) share(prompt, plan(prompt).unresolved);
const sharedShare = resolved / total;
const sharedCounts = { resolved, total };

const tallies = Object.fromEntries(CATEGORIES.map((c) => [c, { correct: 0, total: 0 }]));
const results = [];
for (const expected of labelled) {
  const result = scorePlan(plan(expected.prompt), expected, (name) => COLOR_WORDS[name]);
  share(expected.prompt, planScene({ prompt: expected.prompt, seed: 7, output }).unresolved);
  for (const c of CATEGORIES) {
    tallies[c]!.correct += result.scores[c].correct;
    tallies[c]!.total += result.scores[c].total;
  }
  results.push(result);
}

const pct = (a: number, b: number): string => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const sorted = [...times].sort((a, b) => a - b);
const quantile = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
console.log(`Planner evaluation: ${shared.length} shared prompts + ${labelled.length} labelled prompts`);
console.log('');
console.log('Start-up');
console.log(`  modules ${moduleMs.toFixed(0)} ms, lexicon ${lexiconMs.toFixed(0)} ms (${lexicon().nounCount} nouns), language model ${nlpMs.toFixed(0)} ms, first plan ${firstPlanMs.toFixed(0)} ms`);
console.log(`Planning time per prompt after warm-up (${times.length} plans)`);
console.log(`  median ${quantile(0.5).toFixed(2)} ms, p95 ${quantile(0.95).toFixed(2)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms`);
console.log('');
console.log('Content words resolved');
console.log(`  shared prompts   ${pct(sharedCounts.resolved, sharedCounts.total)}  (${sharedCounts.resolved}/${sharedCounts.total})`);
console.log(`  all prompts      ${pct(resolved, total)}  (${resolved}/${total})`);
console.log(`  unresolved words: ${[...missedWords.entries()].sort((a, b) => b[1] - a[1]).map(([w, n]) => (n > 1 ? `${w}×${n}` : w)).join(', ')}`);
console.log('');
console.log('Accuracy per category (labelled set)');
let allCorrect = 0;
let allTotal = 0;
for (const c of CATEGORIES) {
  const t = tallies[c]!;
  allCorrect += t.correct;
  allTotal += t.total;
  console.log(`  ${c.padEnd(10)} ${pct(t.correct, t.total)}  (${t.correct}/${t.total})`);
}
console.log(`  ${'overall'.padEnd(10)} ${pct(allCorrect, allTotal)}  (${allCorrect}/${allTotal})`);
const failing = results.filter((r) => r.misses.length > 0).sort((a, b) => b.misses.length - a.misses.length);
const shown = args.includes('--all') ? failing : failing.slice(0, 25);
console.log('');
console.log(`Failures: ${failing.length} of ${results.length} prompts have at least one miss${shown.length < failing.length ? ` (worst ${shown.length} shown; --all for every one)` : ''}`);
for (const r of shown) {
  console.log(`  line ${r.line}: ${r.prompt}`);
  for (const m of r.misses) console.log(`      ${m}`);
}
const jsonAt = args.indexOf('--json');
if (jsonAt >= 0 && args[jsonAt + 1]) {
  writeFileSync(args[jsonAt + 1]!, JSON.stringify({ sharedShare, share: resolved / total, tallies, times: { median: quantile(0.5), p95: quantile(0.95), lexiconMs, nlpMs }, failures: failing }, null, 2));
}

/**
 * Contact sheets: four frames of every prompt (through the real planner),
 * a grid of prompts a page, written as PNGs to look at.
 *
 *   npm run sheets                                  # the shared development prompts
 *   npm run sheets -- --prompts my-prompts.txt      # one prompt a line, # for comments
 *   npm run sheets -- --out out/sheets --size 384x216 --per-page 6 --style watercolor
 *   npm run sheets -- --match fox                   # only prompts containing "fox"
 *   npm run sheets -- --plans plans.json            # hand-written scene plans (a JSON array) instead
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSeed } from '../src/core/request.ts';
import { parseScenePlan } from '../src/plan/parse-plan.ts';
import { planScene } from '../src/plan/planner.ts';
import type { ScenePlan } from '../src/plan/schema.ts';
import { STYLE_NAMES, type StyleName } from '../src/plan/vocabulary.ts';
import { registerBundledFonts } from '../src/render/fonts.ts';
import { createFrameRenderer } from '../src/render/frame-renderer.ts';
import { preparePhysics, simulate } from '../src/simulate/simulate.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Options {
  prompts: string;
  out: string;
  width: number;
  height: number;
  perPage: number;
  seconds: number;
  style: StyleName | null;
  match: string | null;
  plans: string | null;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const [w, h] = (get('size') ?? '384x216').split('x').map(Number);
  const style = get('style');
  if (style && !(STYLE_NAMES as readonly string[]).includes(style)) throw new Error(`unknown style ${style} (use ${STYLE_NAMES.join(', ')})`);
  return {
    prompts: get('prompts') ?? path.resolve(here, '../../shared/prompts/dev-prompts.txt'),
    out: get('out') ?? path.resolve(here, '../out/sheets'),
    width: w! - (w! % 2),
    height: h! - (h! % 2),
    perPage: Number(get('per-page') ?? 6),
    seconds: Number(get('seconds') ?? 5),
    style: (style as StyleName | undefined) ?? null,
    match: get('match') ?? null,
    plans: get('plans') ?? null,
  };
}

function readPrompts(file: string): string[] {
  if (!existsSync(file)) throw new Error(`prompts file not found: ${file}`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Four moments of a video: near the start, two in the middle, near the end. */
function moments(frameCount: number): number[] {
  return [0.06, 0.36, 0.64, 0.94].map((t) => Math.min(frameCount - 1, Math.round(t * (frameCount - 1))));
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  // Either prompts through the planner or ready-made plans (rendered at the sheet's size).
  const given: ScenePlan[] | null = o.plans
    ? (JSON.parse(readFileSync(o.plans, 'utf8')) as unknown[]).map((p) => {
        const draft = p as { output: object };
        return parseScenePlan({ ...draft, output: { ...draft.output, width: o.width, height: o.height } });
      })
    : null;
  const prompts = (given ? given.map((p) => p.prompt) : readPrompts(o.prompts)).filter((p) => !o.match || p.toLowerCase().includes(o.match.toLowerCase()));
  mkdirSync(o.out, { recursive: true });
  const font = registerBundledFonts();
  const label = 38;
  const gap = 4;
  const pageW = 4 * o.width + 5 * gap;
  let page: Canvas | null = null;
  let ctx: SKRSContext2D | null = null;
  let pageNo = 0;
  const failures: string[] = [];
  const flush = (): void => {
    if (!page) return;
    const file = path.join(o.out, `sheet-${String(pageNo).padStart(2, '0')}.png`);
    writeFileSync(file, page.encodeSync('png'));
    console.log(`wrote ${file}`);
    page = null;
  };
  for (let k = 0; k < prompts.length; k++) {
    const prompt = prompts[k]!;
    if (k % o.perPage === 0) {
      flush();
      pageNo++;
      const rows = Math.min(o.perPage, prompts.length - k);
      const fresh = createCanvas(pageW, rows * (o.height + label + gap) + gap);
      ctx = fresh.getContext('2d');
      ctx.fillStyle = '#15171c';
      ctx.fillRect(0, 0, fresh.width, fresh.height);
      page = fresh;
    }
    const row = k % o.perPage;
    const y = gap + row * (o.height + label + gap);
    const started = performance.now();
    let plan: ScenePlan;
    try {
      plan = given?.find((p) => p.prompt === prompt) ?? planScene({ prompt, seed: defaultSeed(prompt), output: { width: o.width, height: o.height, fps: 24, seconds: o.seconds, format: 'mp4' }, ...(o.style ? { style: o.style } : {}) });
      await preparePhysics(plan);
      const simulation = simulate(plan);
      const renderer = await createFrameRenderer(plan, simulation);
      const tile = createCanvas(o.width, o.height);
      const tctx = tile.getContext('2d');
      const image = tctx.createImageData(o.width, o.height);
      moments(simulation.frameCount).forEach((frame, i) => {
        image.data.set(renderer.renderFrame(frame));
        tctx.putImageData(image, 0, 0);
        ctx!.drawImage(tile, gap + i * (o.width + gap), y + label);
      });
      const shot = plan.shots[0]!;
      const what = `${shot.setting.kind} · ${shot.setting.timeOfDay} · ${shot.setting.weather}${shot.setting.season ? ` · ${shot.setting.season}` : ''} · ${shot.camera.shot}/${shot.camera.move} · ${plan.style.name} · ${shot.entities.map((e) => `${e.noun}${e.count > 1 ? `×${e.count}` : ''}[${e.actions.map((a) => a.motion).join(',') || 'idle'}]`).join(' ')}`;
      ctx!.fillStyle = '#ffffff';
      ctx!.font = `600 14px ${font}`;
      ctx!.fillText(`${k + 1}. ${prompt}`.slice(0, 150), gap + 2, y + 15);
      ctx!.fillStyle = '#9aa3b5';
      ctx!.font = `400 12px ${font}`;
      ctx!.fillText(`${what}  (${Math.round(performance.now() - started)} ms)`.slice(0, 190), gap + 2, y + 32);
    } catch (error) {
      failures.push(`${prompt}: ${(error as Error).message}`);
      ctx!.fillStyle = '#ff6b6b';
      ctx!.font = `600 14px ${font}`;
      ctx!.fillText(`${k + 1}. FAILED ${prompt}: ${(error as Error).message}`.slice(0, 160), gap + 2, y + 15);
    }
  }
  flush();
  if (failures.length) {
    console.error(`${failures.length} prompt(s) failed:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();

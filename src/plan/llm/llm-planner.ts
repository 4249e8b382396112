import { emojiArtPath } from '../../assets/emoji-catalog.ts';
import { drawnArtSvg } from '../../assets/drawn-art.ts';
import { lexicon } from '../lexicon/lexicon.ts';
import { parseScenePlan } from '../parse-plan.ts';
import { planScene, type PlanOptions } from '../planner.ts';
import type { ScenePlan, ScenePlanInput } from '../schema.ts';
import { preferredArt } from './llm-art.ts';
import { llmConfigFromEnv, type LlmConfig } from './llm-config.ts';
import { planMessages } from './llm-prompt.ts';

/** Options of the LLM planner on top of the embedded planner's. */
export interface LlmPlanOptions extends PlanOptions {
  /** The endpoint to ask; defaults to the environment's (see llm-config.ts); null never asks. */
  readonly llm?: LlmConfig | null;
  /** Cancels the request (the embedded plan is returned). */
  readonly signal?: AbortSignal;
  /** For tests: the fetch to use. */
  readonly fetch?: typeof fetch;
}

/** A plan and where it came from. */
export interface LlmPlanResult {
  readonly plan: ScenePlan;
  readonly source: 'llm' | 'embedded';
  /** Why the embedded plan was used, when the LLM was asked and failed. */
  readonly fallback: string | null;
}

/**
 * Plans a prompt with an OpenAI-compatible chat model when one is
 * configured: the model gets the embedded planner's plan as a draft and
 * answers with a corrected plan as JSON, which must pass the same schema.
 * Any failure (no answer, timeout, bad JSON, an invalid plan) falls back to
 * the embedded plan, so this never fails where the embedded planner works.
 */
export async function planWithLlm(options: LlmPlanOptions): Promise<LlmPlanResult> {
  const draft = planScene(options);
  const config = options.llm === undefined ? llmConfigFromEnv() : options.llm;
  if (!config) return { plan: draft, source: 'embedded', fallback: null };
  try {
    const content = await askModel(config, planMessages(options.prompt, draft), options.seed, options.fetch ?? fetch, options.signal);
    return { plan: acceptPlan(content, draft, options), source: 'llm', fallback: null };
  } catch (error) {
    return { plan: draft, source: 'embedded', fallback: error instanceof Error ? error.message : String(error) };
  }
}

/** The plan for a prompt, from the LLM when configured and working, else from the embedded planner. */
export async function planSceneWithLlm(options: LlmPlanOptions): Promise<ScenePlan> {
  return (await planWithLlm(options)).plan;
}

async function askModel(config: LlmConfig, messages: ReturnType<typeof planMessages>, seed: number, fetcher: typeof fetch, signal?: AbortSignal): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${config.timeoutMs} ms`)), config.timeoutMs);
  const onAbort = (): void => controller.abort(signal?.reason ?? new Error('cancelled'));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetcher(`${config.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}) },
      body: JSON.stringify({ model: config.model, messages, temperature: 0, seed, response_format: { type: 'json_object' } }),
      signal: controller.signal,
    });
    if (!response.ok) throw new Error(`LLM endpoint answered HTTP ${response.status}`);
    const body = (await response.json()) as { choices?: Array<{ message?: { content?: unknown } }> };
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== 'string' || !content.trim()) throw new Error('LLM answer has no message content');
    return content;
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason instanceof Error ? controller.signal.reason : new Error('LLM request aborted');
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The model's plan, made to keep the request's prompt, seed and output and
 * checked by the plan schema; assets that do not resolve are looked up by
 * noun in the lexicon. Throws when the answer is not a usable plan.
 */
export function acceptPlan(content: string, draft: ScenePlan, options: PlanOptions): ScenePlan {
  const json = extractJson(content);
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error('LLM answer is not a JSON object');
  const candidate = json as Partial<ScenePlanInput>;
  if (!Array.isArray(candidate.shots) || candidate.shots.length === 0) throw new Error('LLM plan has no shots');
  const seconds = options.output.seconds;
  const total = candidate.shots.reduce((sum, s) => sum + (typeof s?.duration === 'number' && s.duration > 0 ? s.duration : 0), 0);
  let start = 0;
  const shots = candidate.shots.map((shot, i) => {
    // Keep the model's proportions but make the shots tile the requested length exactly.
    const share = total > 0 && typeof shot?.duration === 'number' && shot.duration > 0 ? shot.duration / total : 1 / candidate.shots!.length;
    const duration = i === candidate.shots!.length - 1 ? seconds - start : share * seconds;
    const fixed = { ...shot, start, duration, entities: modelEntities(shot?.entities ?? [], options.prompt) };
    start += duration;
    return dropDangling(fixed);
  });
  const plan = parseScenePlan({
    ...candidate,
    version: draft.version,
    prompt: options.prompt,
    seed: options.seed,
    output: options.output,
    ...(options.style ? { style: { name: options.style, strength: 1 } } : {}),
    shots,
    unresolved: Array.isArray(candidate.unresolved) ? candidate.unresolved.filter((w): w is string => typeof w === 'string').slice(0, 500) : [],
  });
  return plan;
}

type ShotInput = ScenePlanInput['shots'][number];
type EntityInput = NonNullable<ShotInput['entities']>[number];

/** The model's entities with art that exists and that Diorama would choose (bodies for faces, no scene tiles). */
function modelEntities(entities: readonly EntityInput[], prompt: string): EntityInput[] {
  const kept: EntityInput[] = [];
  for (const e of entities) {
    const noun = typeof e?.noun === 'string' ? e.noun : '';
    const asset = preferredArt(resolvableAsset(e?.asset, e?.noun), noun, prompt);
    if (asset) kept.push({ ...e, asset });
  }
  return kept;
}

/** A shot whose references to dropped entities are removed, so the schema's cross-checks still hold. */
function dropDangling(shot: ShotInput): ShotInput {
  const ids = new Set((shot.entities ?? []).map((e) => e.id));
  const known = (id: unknown): boolean => typeof id === 'string' && ids.has(id);
  const entities = (shot.entities ?? []).map((e) => {
    const relation = e.layout?.relation;
    const layout = relation && (!known(relation.target) || (relation.secondTarget && !known(relation.secondTarget))) ? { ...e.layout, relation: null } : e.layout;
    const actions = e.actions?.map((a) => (a?.target !== undefined && !known(a.target) ? { ...a, target: undefined } : a));
    return { ...e, ...(layout ? { layout } : {}), ...(actions ? { actions } : {}) };
  });
  const camera = shot.camera?.target && !known(shot.camera.target) ? { ...shot.camera, target: null } : shot.camera;
  return { ...shot, entities, ...(camera ? { camera } : {}) };
}

/** The asset if it resolves, else the lexicon's art for the noun; throws when neither exists. */
function resolvableAsset(asset: unknown, noun: unknown): string {
  if (typeof asset === 'string' && (emojiArtPath(asset) || drawnArtSvg(asset, 1))) return asset;
  const entry = typeof noun === 'string' ? lexicon().noun(noun.toLowerCase().trim()) : null;
  if (entry) return entry.asset;
  throw new Error(`LLM plan names art that does not exist: ${String(asset)}`);
}

/** The JSON object in a model's answer (which may wrap it in a code fence or prose). */
function extractJson(content: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(content);
  const text = fenced ? fenced[1]! : content;
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first < 0 || last <= first) return null;
  try {
    return JSON.parse(text.slice(first, last + 1));
  } catch {
    return null;
  }
}

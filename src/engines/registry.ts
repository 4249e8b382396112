import { InvalidRequestError } from '../util/errors.ts';
import type { Engine } from './engine.ts';
import { sceneEngine } from './scene-engine.ts';

const ENGINES: ReadonlyMap<string, Engine> = new Map([[sceneEngine.id, sceneEngine]]);

/** Ids of the engines this build has. */
export const ENGINE_IDS: readonly string[] = [...ENGINES.keys()];

/** Looks an engine up by id; unknown ids are bad input. */
export function getEngine(id = 'scene'): Engine {
  const engine = ENGINES.get(id);
  if (!engine) throw new InvalidRequestError(`unknown engine "${id}" (known: ${ENGINE_IDS.join(', ')})`, 'engine');
  return engine;
}

import type RAPIER from '@dimforge/rapier2d-deterministic-compat';
import { setFlagsFromString } from 'node:v8';

/** Rapier's module, once loaded. */
export type PhysicsEngine = typeof RAPIER;

let engine: PhysicsEngine | null = null;
let loading: Promise<PhysicsEngine> | null = null;

/**
 * Loads Rapier (deterministic 2D build) once per process. Only plans with
 * something physical need it, so it is loaded on demand rather than with the
 * simulator: reading and compiling its WebAssembly costs some 80 ms of every
 * start-up, and its loader probes the fetch API, which pulls in Node's HTTP
 * client (another 50 ms) just to find out it was handed bytes.
 */
export function loadPhysicsEngine(): Promise<PhysicsEngine> {
  loading ??= (async () => {
    // A shot's physics is a few thousand steps of a small world: V8's baseline WebAssembly compiler runs them
    // well, while tiering hot functions up to the optimising compiler costs more CPU than it ever saves here and
    // keeps some 40 MB of optimised code. Set before the module compiles (it is the only WebAssembly we load).
    setFlagsFromString('--liftoff-only');
    const module = (await import('@dimforge/rapier2d-deterministic-compat')).default;
    await module.init();
    engine = module;
    return module;
  })();
  return loading;
}

/** The loaded engine; simulating physics before `loadPhysicsEngine()` has resolved is a programming error. */
export function physicsEngine(): PhysicsEngine {
  if (!engine) throw new Error('the physics engine is not loaded: await loadPhysicsEngine() before simulating a plan with physical actors');
  return engine;
}

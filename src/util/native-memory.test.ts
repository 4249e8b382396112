import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { NATIVE_MEMORY_ENV, tuneNativeMemory } from './native-memory.ts';

describe('tuneNativeMemory', () => {
  it('sets the allocator defaults and keeps what the user set', () => {
    const env: NodeJS.ProcessEnv = { MIMALLOC_PURGE_DELAY: '50' };
    tuneNativeMemory(env);
    expect(env.MIMALLOC_PURGE_DELAY).toBe('50');
    const fresh: NodeJS.ProcessEnv = {};
    tuneNativeMemory(fresh);
    expect(fresh).toEqual(NATIVE_MEMORY_ENV);
  });

  it('is what the canvas addon’s allocator reads when set before the addon loads', () => {
    // mimalloc prints its options with MIMALLOC_VERBOSE; a fresh process sees the setting made at run time.
    const script = `const { tuneNativeMemory } = await import(${JSON.stringify(new URL('./native-memory.ts', import.meta.url).href)});
      process.env.MIMALLOC_VERBOSE = '1'; tuneNativeMemory(); (await import('@napi-rs/canvas')).createCanvas(4, 4);`;
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.MIMALLOC_PURGE_DELAY;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    // mimalloc writes its report to stderr.
    expect(run.stderr).toMatch(new RegExp(`option 'purge_delay': ${NATIVE_MEMORY_ENV.MIMALLOC_PURGE_DELAY}\\b`));
  });
});

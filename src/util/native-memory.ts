/**
 * Settings for the native allocator inside @napi-rs/canvas (mimalloc), read
 * from the environment when the addon loads, so they must be set before
 * anything imports the canvas: the process entry points (bin/diorama.js, the
 * benchmark's child processes) call `tuneNativeMemory()` first.
 *
 * By default mimalloc hands freed pages back to the OS 10 ms after they are
 * freed. A render frees and reallocates frame-sized buffers (3.7 MB at 720p)
 * and per-pixel scratch for styles every few milliseconds, so the pages went
 * back and were faulted in again, zeroed, over and over: on a two-core VM
 * about a fifth of the page faults of a render and a few percent of its CPU.
 * Holding freed pages for a second keeps them for reuse within a render and
 * still returns them to the OS when a server goes idle.
 */
export const NATIVE_MEMORY_ENV: Readonly<Record<string, string>> = {
  MIMALLOC_PURGE_DELAY: '1000',
};

/** Sets each of NATIVE_MEMORY_ENV not already set (a user's own setting wins). */
export function tuneNativeMemory(env: NodeJS.ProcessEnv = process.env): void {
  for (const [name, value] of Object.entries(NATIVE_MEMORY_ENV)) env[name] ??= value;
}

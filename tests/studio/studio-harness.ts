import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT, spawnCli, tempDir, urlFromBanner, type CliProcess } from '../server/helpers.ts';

/** Where the browser tests leave screenshots (git-ignored): look at them after a run. */
export const ARTIFACTS = path.join(REPO_ROOT, 'tests/studio/artifacts');

const STUDIO = path.join(REPO_ROOT, 'studio');
/** Files outside studio/ that the studio bundles. */
const SHARED_SOURCES = ['src/plan/vocabulary.ts', 'src/plan/limits.ts'].map((f) => path.join(REPO_ROOT, f));

function newestChange(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    const stat = statSync(p);
    if (stat.isDirectory()) newest = Math.max(newest, newestChange(readdirSync(p).map((name) => path.join(p, name))));
    else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/**
 * Builds the studio when studio/dist is missing or older than its sources,
 * so the browser tests always drive the current page (`npm ci` builds it
 * once; an edit since then would otherwise go untested).
 */
export function ensureStudioBuilt(): void {
  const index = path.join(STUDIO, 'dist/index.html');
  const sources = [path.join(STUDIO, 'src'), path.join(STUDIO, 'index.html'), path.join(STUDIO, 'vite.config.ts'), ...SHARED_SOURCES];
  if (existsSync(index) && statSync(index).mtimeMs >= newestChange(sources)) return;
  const result = spawnSync(process.execPath, [path.join(STUDIO, 'prepare.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0 || !existsSync(index)) throw new Error(`building the studio failed:\n${result.stdout}\n${result.stderr}`);
}

/** Debian's Chromium, headless (never a downloaded browser); `launch` gives it a fresh temporary profile each time. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A live `diorama serve` on a free loopback port with its own data folder. */
export interface LiveServer {
  /** The studio's address, e.g. http://127.0.0.1:41234/ */
  readonly page: string;
  /** The API base, e.g. http://127.0.0.1:41234/v1 */
  readonly api: string;
  readonly process: CliProcess;
  stop(): Promise<void>;
}

export async function startServe(env: Record<string, string> = {}): Promise<LiveServer> {
  const cli = await spawnCli(['serve', '--port', '0', '--data', tempDir('studio'), '--workers', '1', '--grace', '1'], env);
  const api = urlFromBanner(cli.firstLine);
  return {
    page: api.replace(/\/v1$/, '/'),
    api,
    process: cli,
    async stop() {
      if (cli.child.exitCode === null) cli.child.kill('SIGTERM');
      await cli.exited;
    },
  };
}

/** The screenshot path for a name, creating the folder. */
export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

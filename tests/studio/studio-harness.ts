import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT, spawnCli, tempDir, urlFromBanner, type CliProcess } from '../server/helpers.ts';

/** Where the browser tests leave screenshots (git-ignored): look at them after a run. */
export const ARTIFACTS = path.join(REPO_ROOT, 'tests/studio/artifacts');

const STUDIO = path.join(REPO_ROOT, 'studio');

/**
 * The browser tests drive the committed build in studio/dist; the build test
 * (studio-build.test.ts) fails when that build is behind its sources.
 */
export function ensureStudioBuilt(): void {
  if (!existsSync(path.join(STUDIO, 'dist/index.html'))) {
    throw new Error('studio/dist is missing: run `npm run build:studio`');
  }
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

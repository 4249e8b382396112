/**
 * The web studio in a real browser (Debian's Chromium through playwright-core)
 * against a live `diorama serve`: create with live progress and play, the
 * gallery across a reload, show plan, remix, extend, delete, a storyboard of
 * two reordered shots, keyboard use, a phone-sized viewport, and a server
 * that requires API keys. Screenshots land in tests/studio/artifacts/.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../server/helpers.ts';
import { artifact, ensureStudioBuilt, launchBrowser, startServe, type LiveServer } from './studio-harness.ts';

const FOX = 'a red fox trotting through a snowy pine forest at dusk';
const WOLF = 'a grey wolf trotting through a snowy pine forest at night';
const WHALE = 'a whale swimming in the deep blue ocean';

let browser: Browser;

beforeAll(async () => {
  ensureStudioBuilt();
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** The player's `<video>`: whether it has data to show, and how long it is. */
async function stageVideo(page: Page): Promise<{ readyState: number; duration: number; src: string; paused: boolean }> {
  return page.locator('.stage video').evaluate((v: any) => ({ readyState: v.readyState, duration: v.duration, src: v.currentSrc, paused: v.paused }));
}

/** Waits until the player has loaded a video of `seconds` (the real file's duration, as the browser decoded it). */
async function waitForPlayable(page: Page, seconds: number): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const video = (globalThis as any).document.querySelector('.stage video');
      return Boolean(video) && video.readyState >= 2 && Math.abs(video.duration - expected) < 0.1;
    },
    seconds,
    { timeout: 90_000 },
  );
}

/** Waits (a few seconds at most) for the keyboard focus to reach `target`; the studio moves focus in an effect or on the next frame. */
async function waitForFocus(target: Locator): Promise<void> {
  const handle = await target.elementHandle();
  await target.page().waitForFunction((el: any) => el === el.ownerDocument.activeElement, handle, { timeout: 5000 });
}

function card(page: Page, prompt: string): Locator {
  return page.locator('.cards > li', { hasText: prompt });
}

/** Everything the page announced to screen readers about videos, collected from its announcer (a live region). */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const g = globalThis as any;
    g.__announced = [];
    new g.MutationObserver(() => {
      const text = g.document.getElementById('announcer')?.textContent.trim();
      if (text && g.__announced[g.__announced.length - 1] !== text) g.__announced.push(text);
    }).observe(g.document, { subtree: true, childList: true, characterData: true });
  });
}

describe('the studio on a server without keys', () => {
  let server: LiveServer;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServe();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await recordAnnouncements(page);
  }, 60_000);
  afterAll(async () => {
    await page?.close();
    await server?.stop();
    expect(pageErrors).toEqual([]);
  });

  it('makes a video from a prompt typed and sent with the keyboard, shows its progress, then plays it', async () => {
    // `diorama serve` says where the studio is.
    await expect.poll(() => server.process.output()).toContain(`studio: ${server.page} in a browser`);
    await page.goto(server.page);
    await expect(page.title()).resolves.toBe('Diorama Studio');
    await page.getByText('No videos yet').waitFor();
    const prompt = page.getByLabel('Describe your video');
    await prompt.focus();
    await page.keyboard.type(FOX);
    await page.getByLabel('Size').first().selectOption({ label: '360p' });
    await page.getByLabel('Duration (seconds)').fill('4');
    await prompt.press('Enter');
    // Live progress from the event stream: the player shows a bar that moves while frames render.
    await page.waitForFunction(() => Number((globalThis as any).document.querySelector('.stage progress')?.value) > 0, null, { timeout: 60_000, polling: 'raf' });
    await page.screenshot({ path: artifact('desktop-rendering.png') });
    await waitForPlayable(page, 4);
    const video = await stageVideo(page);
    expect(video.readyState).toBeGreaterThanOrEqual(2);
    expect(video.duration).toBeCloseTo(4, 1);
    expect(video.src).toMatch(/\/v1\/videos\/video_[0-9a-f]{32}\/content\?variant=video$/);
    expect(video.paused).toBe(false);
    const announced: string[] = await page.evaluate(() => (globalThis as any).__announced);
    expect(announced[0]).toMatch(/^Queued: a red fox/);
    expect(announced.some((a) => a.startsWith('Rendering a red fox'))).toBe(true);
    expect(announced[announced.length - 1]).toMatch(/^Ready: a red fox/);
    // The size asked for is the size made: 360p at 16:9.
    await expect(card(page, FOX).locator('.meta').textContent()).resolves.toContain('640 × 360');
    await page.screenshot({ path: artifact('desktop-created.png'), fullPage: true });
  });

  it('lists it in the gallery, also after a reload, with a thumbnail; Play puts it in the player', async () => {
    await page.reload();
    const fox = card(page, FOX);
    await fox.waitFor();
    await expect(page.locator('.cards > li').count()).resolves.toBe(1);
    await page.waitForFunction(() => ((globalThis as any).document.querySelector('.cards img')?.naturalWidth ?? 0) > 0);
    await expect(page.locator('.stage video').count()).resolves.toBe(0);
    await fox.getByRole('button', { name: /^Play: a red fox/ }).click();
    await waitForPlayable(page, 4);
    // Play moves the keyboard to the video, so Space plays and pauses it.
    await expect(page.evaluate(() => (globalThis as any).document.activeElement?.tagName)).resolves.toBe('VIDEO');
  });

  it('shows the plan as readable JSON in a dialog that Escape closes', async () => {
    const button = card(page, FOX).getByRole('button', { name: /^Show plan/ });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Scene plan' });
    await dialog.waitFor();
    const json = await dialog.locator('.plan-json').textContent();
    const plan = JSON.parse(json!);
    expect(plan).toMatchObject({ version: 1, prompt: FOX, output: { width: 640, height: 360, seconds: 4 } });
    expect(plan.shots[0].entities.map((e: any) => e.noun)).toContain('fox');
    await expect(dialog.locator('.plan-summary').textContent()).resolves.toMatch(/1 shot · style natural/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(button.evaluate((b: any) => b === b.ownerDocument.activeElement)).resolves.toBe(true);
  });

  it('remixes with a new prompt, keeping the source; the remix plays and is listed first', async () => {
    await card(page, FOX).getByRole('button', { name: /^Remix/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Remix' });
    await dialog.getByLabel('New prompt').fill(WOLF);
    await dialog.getByRole('button', { name: 'Remix', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForPlayable(page, 4);
    await expect(page.locator('.cards > li .prompt').first().textContent()).resolves.toBe(WOLF);
    const list = await api(server.api, 'GET', '/videos');
    const [wolf, fox] = list.body.data;
    expect(wolf).toMatchObject({ prompt: WOLF, status: 'completed', remixed_from_video_id: fox.id, size: '640x360' });
    const plan = await api(server.api, 'GET', `/videos/${wolf.id}/plan`);
    expect(plan.body.shots[0].setting.timeOfDay).toBe('night');
  });

  it('extends a video by the seconds asked for', async () => {
    await card(page, FOX).getByRole('button', { name: /^Extend/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Extend' });
    await dialog.getByLabel('What happens next').fill('the fox sits down in the snow');
    await dialog.getByLabel('Seconds to add').fill('1');
    await dialog.getByRole('button', { name: 'Extend', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForPlayable(page, 5);
    await expect(page.locator('.cards > li').count()).resolves.toBe(3);
  });

  it('deletes a video after asking, from the page and from the server', async () => {
    const wolf = card(page, WOLF);
    const id = await wolf.getAttribute('data-video-id');
    await wolf.getByRole('button', { name: /^Delete/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this video?' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await wolf.waitFor({ state: 'detached' });
    await expect(page.locator('.cards > li').count()).resolves.toBe(2);
    expect((await api(server.api, 'GET', `/videos/${id}`)).status).toBe(404);
    await page.reload();
    await card(page, FOX).first().waitFor();
    await expect(card(page, WOLF).count()).resolves.toBe(0);
  });

  it('renders a storyboard of two shots, reordered with the keyboard, as one video', async () => {
    await page.getByRole('tab', { name: 'Prompt' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Storyboard' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByLabel('Shot 1 prompt').fill(WHALE);
    await page.getByLabel('Shot 1 duration in seconds').fill('2');
    await page.getByLabel('Shot 2 prompt').fill(FOX);
    await page.getByLabel('Shot 2 duration in seconds').fill('1');
    await page.getByRole('button', { name: 'Move shot 2 up' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Shot 1 prompt').inputValue()).resolves.toBe(FOX);
    await expect(page.getByLabel('Shot 2 prompt').inputValue()).resolves.toBe(WHALE);
    // The moved shot keeps the keyboard: focus follows it to its new place.
    await expect(page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Move shot 1 down');
    await page.getByLabel('Size').nth(1).selectOption({ label: '240p draft' });
    await page.getByText('2 shots · 3 s in all').waitFor();
    await page.getByRole('button', { name: 'Create storyboard video' }).click();
    await waitForPlayable(page, 3);
    const [board] = (await api(server.api, 'GET', '/videos')).body.data;
    expect(board).toMatchObject({ status: 'completed', seconds: '3', size: '426x240', prompt: `${FOX}\n${WHALE}` });
    const plan = (await api(server.api, 'GET', `/videos/${board.id}/plan`)).body;
    expect(plan.shots.map((s: any) => [s.start, s.duration])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(plan.shots[0].entities.map((e: any) => e.noun)).toContain('fox');
    expect(plan.shots[1].entities.map((e: any) => e.noun)).toContain('whale');
    await page.screenshot({ path: artifact('desktop-storyboard.png'), fullPage: true });
  });

  it('is usable with the keyboard: Tab reaches Create, and focus is visible', async () => {
    await page.getByRole('tab', { name: 'Prompt' }).click();
    await page.getByLabel('Describe your video').focus();
    const visited: string[] = [];
    for (let i = 0; i < 30 && !visited.includes('Create video'); i++) {
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => ((globalThis as any).document.activeElement?.textContent ?? '').trim()));
    }
    expect(visited).toContain('Create video');
    const outline = await page.evaluate(() => {
      const g = globalThis as any;
      const style = g.getComputedStyle(g.document.activeElement);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    // Every form control has a name a screen reader can read.
    const unnamed = await page.evaluate(() => {
      const g = globalThis as any;
      return [...g.document.querySelectorAll('input, select, textarea, button')]
        .filter((el: any) => !el.closest('[hidden]') && !(el.labels?.length || el.getAttribute('aria-label') || el.textContent.trim()))
        .map((el: any) => el.outerHTML.slice(0, 80));
    });
    expect(unnamed).toEqual([]);
    await page.screenshot({ path: artifact('desktop-focus.png') });
  });

  it('fits a phone-sized screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await phone.goto(server.page);
    await card(phone, FOX).first().waitFor();
    await phone.waitForFunction(() => [...(globalThis as any).document.querySelectorAll('.cards img')].every((img: any) => img.complete));
    const widths = await phone.evaluate(() => ({ page: (globalThis as any).document.documentElement.scrollWidth, view: (globalThis as any).innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await phone.screenshot({ path: artifact('phone.png'), fullPage: true });
    await phone.close();
  });
});

describe('the studio on a server that requires API keys', () => {
  const KEY = 'sk-studio-test-0123';
  let server: LiveServer;

  beforeAll(async () => {
    server = await startServe({ DIORAMA_API_KEYS: KEY });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('asks for the key, keeps it in local storage, and loads videos with it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.page);
    await page.getByRole('alert').filter({ hasText: 'API key' }).waitFor();
    await page.screenshot({ path: artifact('desktop-key-needed.png') });
    // The key field opens and takes focus.
    const field = page.getByLabel('API key', { exact: true });
    await waitForFocus(field);
    await field.fill('sk-wrong-key-999');
    await field.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Incorrect API key' }).waitFor();
    await page.getByLabel('API key', { exact: true }).fill(KEY);
    await page.getByRole('button', { name: 'Save key' }).click();
    await page.getByText('No videos yet').waitFor();
    await expect(page.evaluate(() => (globalThis as any).localStorage.getItem('diorama.studio.apiKey'))).resolves.toBe(KEY);

    await page.getByLabel('Describe your video').fill('three red balloons floating into the sky');
    await page.getByLabel('Size').first().selectOption({ label: '240p draft' });
    await page.getByLabel('Duration (seconds)').fill('2');
    await page.getByRole('button', { name: 'Create video' }).click();
    await waitForPlayable(page, 2);
    // Media elements cannot send the key, so the video comes through fetch as a blob.
    expect((await stageVideo(page)).src).toMatch(/^blob:/);
    const list = await api(server.api, 'GET', '/videos', { key: KEY });
    expect(list.body.data).toHaveLength(1);

    await page.reload();
    await card(page, 'three red balloons').waitFor();
    await page.waitForFunction(() => ((globalThis as any).document.querySelector('.cards img')?.naturalWidth ?? 0) > 0);
    await page.screenshot({ path: artifact('desktop-keys.png') });
    await page.close();
  });
});

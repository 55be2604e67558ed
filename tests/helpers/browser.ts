/**
 * Debian's Chromium, driven by playwright-core. Nothing here downloads a browser: the path
 * is fixed, and the flags keep Chromium from reaching for the network on its own.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { ROOT } from './astro.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = resolve(ROOT, 'tests/e2e/artifacts');

/** Flags for every Chromium we start (tests and `npm run audit`): headless, nothing fetched on its own. */
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * A fresh page; any request that leaves the site under test (and the origins in `also`, such
 * as a test's page on another origin that frames it) fails the test that made it.
 */
export async function openPage(browser: Browser, baseURL: string, options: BrowserContextOptions = {}, also: string[] = []): Promise<{ page: Page; foreign: string[] }> {
  const context = await browser.newContext({ baseURL, ...options });
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if ([baseURL, ...also].some((allowed) => url.startsWith(allowed)) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return { page: await context.newPage(), foreign };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * One Chromium for the tests of the enclosing `describe` (launched before them, closed after
 * them), and `open()` for a fresh page on the site under test: the set-up every browser test
 * file shares.
 */
export function useChromium() {
  const baseURL = inject('baseURL');
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const running = (): Browser => {
    if (!browser) throw new Error('Chromium has not started: call open() inside a test');
    return browser;
  };
  return {
    baseURL,
    browser: running,
    open: (options: BrowserContextOptions = {}) => openPage(running(), baseURL, options),
  };
}

// Debian's Chromium driven by playwright-core: the browser tests' one way to start a browser.
// A missing binary fails the test with the command that installs it (never a silent skip).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is missing at ${executablePath}: install it with: apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}

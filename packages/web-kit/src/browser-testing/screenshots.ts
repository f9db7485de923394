// Screenshots of an app's pages at the widths it must work at, written where its README shows them.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** Writes `<dir>/<name>-<viewport>.png` (the visible part of the page, so a phone shot shows what fits a screen). */
export async function screenshot(page: Page, dir: string, name: string, viewport: ViewportName, fullPage = false): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}-${viewport}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

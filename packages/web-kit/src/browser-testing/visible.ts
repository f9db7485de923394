// Waiting for an element to show, and when it does not, failing with what the page said instead
// (an error message, a refusal): a bare timeout tells the reader of a CI log nothing.
import type { Locator } from 'playwright-core';

/** The page's `main` text, or its body's when it has no `main`. */
async function pageText(locator: Locator): Promise<string> {
  const page = locator.page();
  const main = page.locator('main');
  const target = (await main.count().catch(() => 0)) > 0 ? main.first() : page.locator('body');
  return target.innerText({ timeout: 2000 }).catch(() => '');
}

export async function visible(locator: Locator, timeout = 60_000): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(`${String(error)}\n--- what the page said ---\n${(await pageText(locator)).slice(0, 3000)}`);
  }
}

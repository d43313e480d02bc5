import type { Page } from 'playwright-core';

/** The app bar's bell (shown only when signed in); its aria-label says the unread count. */
export const inboxBell = (page: Page) => page.locator('[data-testid="inbox-bell"]');

/** The badge text ("3", "9+"), or null when there is none (nothing unread). */
export async function unreadBadge(page: Page): Promise<string | null> {
  const badge = page.locator('[data-testid="inbox-badge"]');
  return (await badge.count()) > 0 ? badge.innerText() : null;
}

/**
 * Waits until the bell's spoken label is `label` ("3 thông báo chưa đọc"). The bell polls every
 * 30 s, and at once on a route change or when the tab becomes visible: navigate to hurry it.
 */
export async function waitForBellLabel(page: Page, label: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="inbox-bell"]')?.getAttribute('aria-label') === expected,
    label,
    { timeout },
  );
}

/** Opens the inbox from the bell and waits for its list, empty state or error. */
export async function openInbox(page: Page): Promise<void> {
  await inboxBell(page).click();
  await page.waitForURL((url) => url.pathname === '/inbox');
  await page.locator('[data-testid="inbox-list"], [data-testid="inbox-empty"], [data-testid="inbox-error"]').first().waitFor();
}

/** The inbox rows as a person sees them: title text and whether it is shown as unread. */
export async function inboxRows(page: Page): Promise<{ title: string; unread: boolean }[]> {
  return page.locator('[data-testid="inbox-item"]').evaluateAll((rows) =>
    rows.map((row) => ({
      title: row.querySelector('.shell-inbox__title')?.textContent ?? '',
      unread: row.classList.contains('shell-inbox__item--unread'),
    })),
  );
}

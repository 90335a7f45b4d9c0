import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestStack } from './stack.js';

/**
 * axe finds no violations on the page as it is once settled: running transitions (a dialog fading
 * in, a button changing colour) are let finish first, so colours are measured as a user sees them.
 */
export async function noAxeViolations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`),
  ).toEqual([]);
}

/** Headings go down one level at a time, starting at one h1. */
export async function headingsInOrder(page: Page): Promise<void> {
  const levels = await page
    .locator('main')
    .evaluate((main) =>
      Array.from(main.querySelectorAll('h1,h2,h3,h4,h5,h6')).map((h) => Number(h.tagName[1])),
    );
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
}

/** A consented citizen logs in through the ID-porten simulator by the name on its button. */
export async function citizenLogin(stack: TestStack, page: Page, name: string): Promise<void> {
  await page.goto(`${stack.urls.portal}/`);
  await page.getByRole('link', { name: /Logg inn/ }).click();
  await page.waitForURL(`${stack.urls.idp}/**`);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.waitForURL(`${stack.urls.portal}/**`);
  await page.getByTestId('viewer-name').waitFor();
}

/** A staff member logs in through the staff IdP simulator on the way to the console. */
export async function staffLogin(stack: TestStack, page: Page, name: string): Promise<void> {
  await page.goto(`${stack.urls.portal}/intern`);
  await page.waitForURL(`${stack.urls.idp}/ansatt/**`);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.waitForURL(`${stack.urls.portal}/intern**`);
}

/**
 * A GraphQL call made by the page itself (same origin, its session cookie, the CSRF header), as the
 * portal's own code would make it; returns the parsed body.
 */
export function graphqlFromPage<T = unknown>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
}

/** The session cookie of a person logged in through the simulators, for API calls as them. */
export async function sessionCookie(
  stack: TestStack,
  browser: Browser,
  kind: 'staff' | 'citizen',
  name: string,
): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await (kind === 'staff' ? staffLogin : citizenLogin)(stack, page, name);
    return (await context.cookies(stack.urls.portal)).map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await context.close();
  }
}

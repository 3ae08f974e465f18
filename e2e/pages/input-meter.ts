import type { Page } from '@playwright/test';

export interface CountedInput {
  keys: number;
  pointerPresses: number;
}

// Strings rather than functions for page.evaluate: this project's e2e code is typed without the
// DOM library, and these few lines run in the page, not here.
const START_COUNTING = `(() => {
  const counted = { keys: 0, pointerPresses: 0 };
  window.__regularsCounted = counted;
  window.addEventListener('keydown', () => { counted.keys += 1; }, true);
  window.addEventListener('pointerdown', () => { counted.pointerPresses += 1; }, true);
})()`;

// From each key press in a search field to the frame in which its list (aria-controls) shows the
// matches for what the field now holds (the list's data-query says which query it answers).
const START_RESULT_CLOCK = `(() => {
  const times = [];
  window.__regularsResultTimes = times;
  window.addEventListener('keydown', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.getAttribute('aria-controls')) return;
    const pressedAt = performance.now();
    const check = () => {
      const list = document.getElementById(input.getAttribute('aria-controls'));
      if (list && list.dataset.query === input.value.trim()) times.push(performance.now() - pressedAt);
      else if (performance.now() - pressedAt < 5000) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, true);
})()`;

/** Counts the keys and pointer presses the page receives from now on: the counter's budgets. */
export async function startCountingInput(page: Page): Promise<() => Promise<CountedInput>> {
  await page.evaluate(START_COUNTING);
  return () => page.evaluate<CountedInput>('({ ...window.__regularsCounted })');
}

/**
 * Milliseconds from each key press in a search field to the frame that shows its matches: how
 * soon results are painted. Measured in the page, so Playwright's own overhead is left out.
 */
export async function startResultClock(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(START_RESULT_CLOCK);
  return () => page.evaluate<number[]>('[...window.__regularsResultTimes]');
}

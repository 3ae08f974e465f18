import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import { disposeTestBridges, takeContractViolations } from './test-bridge.ts';

// findBy*/waitFor give up after 1 s by default: too soon for a real core on a busy 2-core machine.
// A longer bound only costs time when a test is failing anyway.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout engine; Mantine and the virtualized list need these to exist.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class NoopResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = NoopResizeObserver;

// Textarea's autosize re-measures when web fonts finish loading.
Object.defineProperty(document, 'fonts', {
  configurable: true,
  value: { addEventListener: () => undefined, removeEventListener: () => undefined },
});

Element.prototype.scrollTo = function scrollTo() {};
Element.prototype.scrollIntoView = function scrollIntoView() {};

// Every element reports a 1024×768 client box, so the virtualizer has a viewport to fill with rows.
Object.defineProperties(HTMLElement.prototype, {
  clientHeight: { configurable: true, get: () => 768 },
  clientWidth: { configurable: true, get: () => 1024 },
});

afterEach(() => {
  cleanup();
  // Mantine keeps notifications in a module-wide store: one test's must not show in the next.
  notifications.clean();
  disposeTestBridges();
  expect(takeContractViolations()).toEqual([]);
});

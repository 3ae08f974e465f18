import { render as testingLibraryRender, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../app/AppProviders/AppProviders.tsx';
import { AppRoutes } from '../app/AppRoutes.tsx';
import { createQueryClient } from '../query/create-query-client.ts';
import { createTestBridge, type TestBridge } from './test-bridge.ts';

interface RenderOptions {
  /** Where the app starts, e.g. "/customers/c0001". */
  route?: string;
  /** A bridge set up by the test; a fresh empty one otherwise. */
  bridge?: TestBridge;
}

export interface RenderedApp extends RenderResult {
  bridge: TestBridge;
  user: UserEvent;
}

/**
 * Renders `ui` (by default the app's routes) inside everything the app puts around it: Mantine,
 * the query client, change events, a router and an in-memory bridge speaking the real contract.
 */
export function render(ui: ReactElement = <AppRoutes />, options: RenderOptions = {}): RenderedApp {
  const bridge = options.bridge ?? createTestBridge();
  const queryClient = createQueryClient();
  // Tests see errors at once instead of after retries.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const result = testingLibraryRender(
    <AppProviders bridge={bridge} queryClient={queryClient} env="test">
      <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
    </AppProviders>,
  );
  return { ...result, bridge, user: userEvent.setup() };
}

export { createTestBridge, type TestBridge } from './test-bridge.ts';

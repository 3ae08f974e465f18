import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';
import { Boot } from './Boot.tsx';

afterEach(() => {
  delete document.documentElement.dataset.appState;
});

describe('Boot', () => {
  it('shows the app and marks the page ready once the core has answered', async () => {
    render(
      <Boot>
        <p>The app</p>
      </Boot>,
    );

    expect(await screen.findByText('The app')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('data-app-state', 'ready');
  });

  it('shows a full-page error instead of the app when the core cannot be reached', async () => {
    const bridge = createTestBridge();
    bridge.failNext('app:info', { code: 'internal', message: 'Regulars is not reachable.' });
    render(
      <Boot>
        <p>The app</p>
      </Boot>,
      { bridge },
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Regulars could not start' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Regulars is not reachable.')).toBeInTheDocument();
    expect(screen.queryByText('The app')).not.toBeInTheDocument();
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-app-state', 'error'));
  });
});

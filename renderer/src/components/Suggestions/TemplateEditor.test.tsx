import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTestBridge, render } from '../../test/render.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';

describe('TemplateEditor', () => {
  it('previews live with accents, warns about empty and unknown fields, and saves', async () => {
    const bridge = createTestBridge();
    const { user } = render(<TemplateEditor />, { bridge });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Kind of follow-up' }), 'win_back');
    const template = await screen.findByRole('textbox', { name: 'Template' });
    await user.clear(template);
    // user.type reads braces as key names: paste the text instead.
    await user.click(template);
    await user.paste('Ciao {firstName}, your {usualItem} awaits at {shopName} {nickname}');
    expect(screen.getByTestId('template-preview')).toHaveTextContent(
      'Ciao Zoë, your café crème awaits at {nickname}',
    );
    expect(screen.getByText('Would come out empty').parentElement?.parentElement).toHaveTextContent(
      'Shop name (set the shop name in Settings › Shop)',
    );
    expect(screen.getByText('{nickname} will be sent as typed.')).toBeInTheDocument();

    bridge.core.call('settings:update', { shopName: 'Chez Lúcia' });
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() =>
      expect(bridge.core.call('suggestions:settings', {})).toMatchObject({
        ok: true,
        data: {
          templates: { win_back: 'Ciao {firstName}, your {usualItem} awaits at {shopName} {nickname}' },
          edited: ['win_back'],
        },
      }),
    );
  });
});

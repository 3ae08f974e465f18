import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { createTestBridge, render } from '../../test/render.tsx';

describe('CustomFieldsSection on the customer page', () => {
  it('shows each live custom field with the customer’s value, and a dash where there is none', async () => {
    const bridge = createTestBridge();
    const create = (input: object) => {
      const result = bridge.core.call('customFields:create', input);
      if (!result.ok) throw new Error(result.error.message);
      return result.data as CustomField;
    };
    const wine = create({ name: 'Likes wine', type: 'boolean' });
    const size = create({ name: 'Shoe size', type: 'number' });
    create({ name: 'Allergies', type: 'text' });
    const old = create({ name: 'Old field', type: 'text' });
    const ann = bridge.addCustomer({
      firstName: 'Ann',
      customFields: { [wine.id]: true, [size.id]: 38, [old.id]: 'kept' },
    });
    bridge.core.call('customFields:update', { id: old.id, archived: true });
    render(undefined, { route: `/customers/${ann.id}`, bridge });

    const section = await screen.findByRole('region', { name: 'Custom fields' });
    expect(section).toHaveTextContent(/Likes wine\s*Yes/);
    expect(section).toHaveTextContent(/Shoe size\s*38/);
    expect(section).toHaveTextContent(/Allergies\s*—/);
    expect(within(section).queryByText('Old field')).not.toBeInTheDocument();
  });
});

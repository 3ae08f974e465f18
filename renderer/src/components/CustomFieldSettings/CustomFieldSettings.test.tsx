import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CustomField } from '../../../../shared/domain/custom-field.ts';
import { createTestBridge, render } from '../../test/render.tsx';
import { CustomFieldSettings } from './CustomFieldSettings.tsx';

const fieldsIn = (bridge: ReturnType<typeof createTestBridge>): CustomField[] => {
  const result = bridge.core.call('customFields:list', { includeArchived: true });
  return result.ok ? (result.data as CustomField[]) : [];
};

describe('CustomFieldSettings', () => {
  it('adds a choice field, refusing one without choices or with a taken name next to the field', async () => {
    const bridge = createTestBridge();
    bridge.core.call('customFields:create', { name: 'Shoe size', type: 'number' });
    const { user } = render(<CustomFieldSettings />, { bridge });
    const form = await screen.findByRole('form', { name: 'Add a custom field' });

    await user.type(within(form).getByLabelText('Field name'), 'Favourite colour');
    await user.selectOptions(within(form).getByLabelText('Field type'), 'Choice');
    await user.click(within(form).getByRole('button', { name: 'Add field' }));
    expect(within(form).getByRole('combobox', { name: 'Choices' })).toHaveAccessibleDescription(
      /A choice field needs at least one choice/,
    );
    expect(fieldsIn(bridge)).toHaveLength(1);

    await user.type(within(form).getByRole('combobox', { name: 'Choices' }), 'Red{Enter}Blue{Enter}');
    await user.click(within(form).getByRole('button', { name: 'Add field' }));
    const table = await screen.findByRole('table', { name: 'Custom fields' });
    expect(await within(table).findByRole('cell', { name: 'Red, Blue' })).toBeInTheDocument();
    expect(fieldsIn(bridge).map((field) => [field.name, field.type, field.choices])).toEqual([
      ['Shoe size', 'number', []],
      ['Favourite colour', 'choice', ['Red', 'Blue']],
    ]);

    await user.type(within(form).getByLabelText('Field name'), 'shoe SIZE');
    await user.click(within(form).getByRole('button', { name: 'Add field' }));
    expect(
      await within(form).findByText('There is already a custom field called "Shoe size"'),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Field name')).toBeInvalid();
    expect(fieldsIn(bridge)).toHaveLength(2);
  });

  it('renames, archives and brings back a field', async () => {
    const bridge = createTestBridge();
    bridge.core.call('customFields:create', { name: 'Shoe size', type: 'number' });
    const { user } = render(<CustomFieldSettings />, { bridge });
    const table = await screen.findByRole('table', { name: 'Custom fields' });

    await user.click(within(table).getByRole('button', { name: 'Rename' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit “Shoe size”' });
    await user.clear(within(dialog).getByLabelText('Name'));
    await user.type(within(dialog).getByLabelText('Name'), 'Shoe size (EU)');
    await user.click(within(dialog).getByRole('button', { name: 'Save field' }));
    expect(await within(table).findByText('Shoe size (EU)')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Archive' }));
    expect(await within(table).findByText('Archived')).toBeInTheDocument();
    expect(fieldsIn(bridge)[0]).toMatchObject({ name: 'Shoe size (EU)', archived: true });

    await user.click(within(table).getByRole('button', { name: 'Unarchive' }));
    await waitFor(() => expect(within(table).queryByText('Archived')).not.toBeInTheDocument());
    expect(fieldsIn(bridge)[0]).toMatchObject({ archived: false });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomFieldValue } from '../../../shared/domain/custom-field.ts';
import { makeTempCore, tableCounts, type TempCore } from '../test-support/temp-core.ts';
import { createCustomField, listCustomFields, updateCustomField } from './custom-fields.ts';
import { createCustomer, getCustomer, searchCustomers, updateCustomer } from './customers.ts';

let core: TempCore;
beforeEach(() => {
  core = makeTempCore();
});
afterEach(() => core.dispose());

const errorOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    const { code, message, field } = error as { code: string; message: string; field?: string };
    return { code, message, field };
  }
  throw new Error('expected a refusal');
};

describe('custom field definitions', () => {
  it('creates fields in order, lists them, and announces the change', () => {
    const hair = createCustomField(core.ctx, {
      name: ' Hair type ',
      type: 'choice',
      choices: ['curly', 'straight'],
    });
    const size = createCustomField(core.ctx, { name: 'Shoe size', type: 'number' });
    expect(hair).toEqual({
      id: hair.id,
      name: 'Hair type',
      type: 'choice',
      choices: ['curly', 'straight'],
      position: 0,
      archived: false,
    });
    expect(listCustomFields(core.ctx).map((field) => [field.name, field.position])).toEqual([
      ['Hair type', 0],
      ['Shoe size', 1],
    ]);
    expect(size.choices).toEqual([]);
    expect(core.events).toEqual([
      { event: 'settings:changed', payload: {} },
      { event: 'settings:changed', payload: {} },
    ]);
  });

  it('refuses a name already taken, whatever its case, archived fields included', () => {
    const allergy = createCustomField(core.ctx, { name: 'Allergies', type: 'text' });
    expect(errorOf(() => createCustomField(core.ctx, { name: 'ALLERGIES', type: 'text' }))).toEqual({
      code: 'conflict',
      field: 'name',
      message: 'name: there is already a custom field called "Allergies"',
    });
    updateCustomField(core.ctx, { id: allergy.id, archived: true });
    expect(errorOf(() => createCustomField(core.ctx, { name: 'allergies', type: 'text' })).message).toMatch(
      /archived: bring it back instead/,
    );
    const other = createCustomField(core.ctx, { name: 'Notes 2', type: 'text' });
    expect(errorOf(() => updateCustomField(core.ctx, { id: other.id, name: 'allergies' })).code).toBe(
      'conflict',
    );
    // Changing only the case of its own name is fine.
    expect(updateCustomField(core.ctx, { id: allergy.id, name: 'ALLERGIES' }).name).toBe('ALLERGIES');
  });

  it.each([
    [{ name: 'Hair', type: 'choice' }, 'choices', /needs at least one choice/],
    [{ name: 'Hair', type: 'choice', choices: ['Curly', 'curly'] }, 'choices', /"curly" is listed twice/],
    [{ name: 'Size', type: 'number', choices: ['1'] }, 'choices', /only a choice field has choices/],
    [{ name: '', type: 'text' }, 'name', /is required/],
    [{ name: 'X', type: 'colour' }, 'type', /./],
  ])('refuses %j and stores nothing', (input, field, message) => {
    const before = tableCounts(core);
    const error = errorOf(() => createCustomField(core.ctx, input as never));
    expect(error).toMatchObject({ code: 'invalid_input', field });
    expect(error.message).toMatch(message);
    expect(tableCounts(core)).toEqual(before);
  });

  it('renames, changes choices, archives and brings back; archived fields leave the default list', () => {
    const hair = createCustomField(core.ctx, { name: 'Hair', type: 'choice', choices: ['curly'] });
    expect(
      updateCustomField(core.ctx, { id: hair.id, name: 'Hair type', choices: ['curly', 'wavy'] }),
    ).toMatchObject({
      name: 'Hair type',
      choices: ['curly', 'wavy'],
    });
    expect(updateCustomField(core.ctx, { id: hair.id, archived: true }).archived).toBe(true);
    expect(listCustomFields(core.ctx)).toEqual([]);
    expect(listCustomFields(core.ctx, true).map((field) => field.name)).toEqual(['Hair type']);
    expect(updateCustomField(core.ctx, { id: hair.id, archived: false }).archived).toBe(false);
    expect(errorOf(() => updateCustomField(core.ctx, { id: hair.id, choices: [] })).field).toBe('choices');
    expect(errorOf(() => updateCustomField(core.ctx, { id: 'nope', name: 'X' }))).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('custom field values on customers', () => {
  let ids: Record<string, string>;
  beforeEach(() => {
    ids = {
      text: createCustomField(core.ctx, { name: 'Allergies', type: 'text' }).id,
      number: createCustomField(core.ctx, { name: 'Shoe size', type: 'number' }).id,
      date: createCustomField(core.ctx, { name: 'Member since', type: 'date' }).id,
      boolean: createCustomField(core.ctx, { name: 'Newsletter', type: 'boolean' }).id,
      choice: createCustomField(core.ctx, { name: 'Hair', type: 'choice', choices: ['Curly', 'Straight'] })
        .id,
    };
  });
  const id = (type: string) => ids[type] ?? '';

  it('stores a value of each type and carries them on the customer', () => {
    const ann = createCustomer(core.ctx, {
      firstName: 'Ann',
      customFields: {
        [id('text')]: '  lavender ',
        [id('number')]: 38.5,
        [id('date')]: '2024-02-29',
        [id('boolean')]: false,
        [id('choice')]: 'curly',
      },
    });
    expect(ann.customFields).toEqual({
      [id('text')]: 'lavender',
      [id('number')]: 38.5,
      [id('date')]: '2024-02-29',
      [id('boolean')]: false,
      // Matched whatever the case, stored as the owner spelled it.
      [id('choice')]: 'Curly',
    });
    expect(getCustomer(core.ctx, ann.id).customFields).toEqual(ann.customFields);
  });

  it.each<[string, CustomFieldValue, RegExp]>([
    ['text', 12, /Allergies must be text/],
    ['number', '38', /Shoe size must be a number/],
    ['date', '2023-02-29', /Member since must be a real date as YYYY-MM-DD/],
    ['date', '29/02/2024', /Member since must be a real date/],
    ['boolean', 'yes', /Newsletter must be yes or no/],
    ['choice', 'Wavy', /Hair must be one of: Curly, Straight/],
  ])('refuses a %s field given %j, naming the field, and saves nothing', (type, value, message) => {
    const before = tableCounts(core);
    const error = errorOf(() =>
      createCustomer(core.ctx, { firstName: 'Ann', customFields: { [id(type)]: value } }),
    );
    expect(error).toMatchObject({ code: 'invalid_input', field: `customFields.${id(type)}` });
    expect(error.message).toMatch(new RegExp(`^customFields\\.${id(type)}: ${message.source}`));
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses an unknown field id', () => {
    const error = errorOf(() => createCustomer(core.ctx, { firstName: 'Ann', customFields: { nope: 'x' } }));
    expect(error).toEqual({
      code: 'invalid_input',
      field: 'customFields.nope',
      message: 'customFields.nope: there is no custom field with id nope',
    });
  });

  it('updates only the fields given, and null or an empty text clears one', () => {
    const ann = createCustomer(core.ctx, {
      firstName: 'Ann',
      customFields: { [id('text')]: 'lavender', [id('number')]: 38, [id('choice')]: 'Curly' },
    });
    const updated = updateCustomer(core.ctx, ann.id, {
      firstName: 'Ann',
      customFields: { [id('number')]: null, [id('choice')]: '', [id('boolean')]: true },
    });
    expect(updated.customFields).toEqual({ [id('text')]: 'lavender', [id('boolean')]: true });
    expect(tableCounts(core).customer_field_values).toBe(2);
  });

  it('keeps the values of an archived field, accepts them back unchanged, and refuses a change', () => {
    const ann = createCustomer(core.ctx, { firstName: 'Ann', customFields: { [id('text')]: 'lavender' } });
    updateCustomField(core.ctx, { id: id('text'), archived: true });
    expect(getCustomer(core.ctx, ann.id).customFields).toEqual({ [id('text')]: 'lavender' });
    expect(
      updateCustomer(core.ctx, ann.id, { firstName: 'Anna', customFields: { [id('text')]: 'lavender' } })
        .firstName,
    ).toBe('Anna');
    const error = errorOf(() =>
      updateCustomer(core.ctx, ann.id, { firstName: 'Ann', customFields: { [id('text')]: 'roses' } }),
    );
    expect(error).toMatchObject({ code: 'invalid_input', field: `customFields.${id('text')}` });
    expect(error.message).toMatch(/Allergies is archived/);
    expect(getCustomer(core.ctx, ann.id)).toMatchObject({
      firstName: 'Anna',
      customFields: { [id('text')]: 'lavender' },
    });
  });

  it('makes text and choice values searchable, as well as tags', () => {
    const ann = createCustomer(core.ctx, {
      firstName: 'Ann',
      tags: ['balayage'],
      customFields: { [id('text')]: 'lavender oil', [id('choice')]: 'Straight', [id('number')]: 4242 },
    });
    createCustomer(core.ctx, { firstName: 'Bob' });
    const found = (query: string) => searchCustomers(core.ctx, query, 10).map((c) => c.id);
    expect(found('lavender')).toEqual([ann.id]);
    expect(found('straight')).toEqual([ann.id]);
    expect(found('balayage')).toEqual([ann.id]);
    updateCustomer(core.ctx, ann.id, { firstName: 'Ann', customFields: { [id('text')]: 'roses' } });
    expect(found('lavender')).toEqual([]);
    expect(found('roses')).toEqual([ann.id]);
  });
});

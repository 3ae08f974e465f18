import { describe, expect, it } from 'vitest';
import { autoMap, detectPreset, headerKey } from './import-presets.ts';

// Header rows as the real exports write them.
const GOOGLE = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Nickname',
  'Birthday',
  'Notes',
  'Labels',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'Phone 1 - Label',
  'Phone 1 - Value',
  'Phone 2 - Value',
  'Address 1 - Formatted',
  'Address 1 - City',
];
const GOOGLE_OLD = [
  'Name',
  'Given Name',
  'Family Name',
  'Birthday',
  'Notes',
  'Group Membership',
  'E-mail 1 - Type',
  'E-mail 1 - Value',
  'Phone 1 - Type',
  'Phone 1 - Value',
];
const OUTLOOK = [
  'First Name',
  'Middle Name',
  'Last Name',
  'E-mail Address',
  'E-mail 2 Address',
  'Mobile Phone',
  'Home Phone',
  'Business Phone',
  'Home Street',
  'Home City',
  'Home Postal Code',
  'Business Street',
  'Birthday',
  'Notes',
  'Categories',
];
const SQUARE = [
  'Reference ID',
  'First Name',
  'Last Name',
  'Email Address',
  'Phone Number',
  'Nickname',
  'Company Name',
  'Street Address 1',
  'City',
  'Postal Code',
  'Birthday',
  'Memo',
  'Square Customer ID',
  'Email Subscription Status',
  'Groups',
  'Total Spend',
];
const SHOPIFY = [
  'Customer ID',
  'First Name',
  'Last Name',
  'Email',
  'Accepts Email Marketing',
  'Default Address Address1',
  'Default Address City',
  'Default Address Zip',
  'Phone',
  'Accepts SMS Marketing',
  'Total Spent',
  'Total Orders',
  'Note',
  'Tax Exempt',
  'Tags',
];

describe('presets', () => {
  it('folds headers: case, accents and punctuation do not matter', () => {
    expect(headerKey('E-mail Address')).toBe('emailaddress');
    expect(headerKey('  Prénom ')).toBe('prenom');
  });

  it.each([
    [GOOGLE, 'google'],
    [GOOGLE_OLD, 'google'],
    [OUTLOOK, 'outlook'],
    [SQUARE, 'square'],
    [SHOPIFY, 'shopify'],
    [['Name', 'Phone', 'Email'], 'generic'],
  ] as const)('recognises %j as %s', (headers, preset) => {
    expect(detectPreset(headers)).toBe(preset);
  });

  it('maps Google Contacts, new and old', () => {
    expect(autoMap(GOOGLE, 'customers', 'google', [])).toEqual([
      'first_name',
      'first_name',
      'last_name',
      'ignore',
      'birthday',
      'notes',
      'tags',
      'ignore',
      'email',
      'ignore',
      'phone',
      'phone',
      'address',
      'ignore',
    ]);
    expect(autoMap(GOOGLE_OLD, 'customers', 'google', [])).toEqual([
      'ignore',
      'first_name',
      'last_name',
      'birthday',
      'notes',
      'tags',
      'ignore',
      'email',
      'ignore',
      'phone',
    ]);
  });

  it('maps Outlook, Square and Shopify', () => {
    expect(autoMap(OUTLOOK, 'customers', 'outlook', [])).toEqual([
      'first_name',
      'first_name',
      'last_name',
      'email',
      'email',
      'phone',
      'phone',
      'phone',
      'address',
      'address',
      'address',
      'ignore',
      'birthday',
      'notes',
      'tags',
    ]);
    expect(autoMap(SQUARE, 'customers', 'square', [])).toEqual([
      'code',
      'first_name',
      'last_name',
      'email',
      'phone',
      'ignore',
      'ignore',
      'address',
      'address',
      'address',
      'birthday',
      'notes',
      'ignore',
      'consent_email',
      'tags',
      'ignore',
    ]);
    expect(autoMap(SHOPIFY, 'customers', 'shopify', [])).toEqual([
      'ignore',
      'first_name',
      'last_name',
      'email',
      'consent_email',
      'address',
      'address',
      'address',
      'phone',
      'consent_sms',
      'ignore',
      'ignore',
      'notes',
      'ignore',
      'tags',
    ]);
  });

  it('maps the usual names in other languages, consent columns and custom fields by name', () => {
    const headers = [
      'Nome',
      'Cognome',
      'Cellulare',
      'Courriel',
      'Geburtstag',
      'Notas',
      'Etichette',
      'Email Consent',
      'Email Consent Date',
      'SMS Consent Source',
      'Shoe size',
      'Whatever',
    ];
    expect(autoMap(headers, 'customers', 'generic', [{ id: 'f1', name: 'Shoe Size' }])).toEqual([
      'first_name',
      'last_name',
      'phone',
      'email',
      'birthday',
      'notes',
      'tags',
      'consent_email',
      'consent_email_date',
      'consent_sms_source',
      'custom:f1',
      'ignore',
    ]);
  });

  it('maps purchase history columns by their usual names', () => {
    expect(
      autoMap(
        ['customer_ref', 'occurred_at', 'kind', 'amount', 'note', 'external_id', 'Store'],
        'interactions',
        'generic',
        [],
      ),
    ).toEqual(['customer_ref', 'occurred_at', 'kind', 'amount', 'note', 'external_id', 'ignore']);
  });
});

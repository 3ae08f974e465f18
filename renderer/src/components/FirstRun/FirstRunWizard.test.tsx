import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { withFastPins } from '../../../../main/core/test-support/fast-pins.ts';
import { AppLayout } from '../../app/AppLayout/AppLayout.tsx';
import { AppRoutes } from '../../app/AppRoutes.tsx';
import { SessionGate } from '../../app/SessionGate/SessionGate.tsx';
import { LANGUAGE_STORAGE_KEY } from '../../i18n/LanguageProvider.tsx';
import { createTestBridge, render, type TestBridge } from '../../test/render.tsx';

withFastPins();
afterEach(() => localStorage.clear());

const app = (
  <SessionGate>
    <AppLayout>
      <AppRoutes />
    </AppLayout>
  </SessionGate>
);

const data = <T,>(bridge: TestBridge, channel: Parameters<TestBridge['core']['call']>[0]): T => {
  const result = bridge.core.call(channel, {});
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
};

async function ownerStep(
  user: ReturnType<typeof render>['user'],
  form: HTMLElement,
  words: Record<string, string>,
) {
  await user.type(within(form).getByLabelText(words.name ?? '', { exact: false }), 'Olive Owner');
  await user.type(within(form).getByLabelText(words.pin ?? ''), '2468');
  await user.type(within(form).getByLabelText(words.again ?? ''), '2468');
  await user.click(within(form).getByRole('button', { name: words.next ?? '' }));
}

it('saves nothing until the last step, then the shop, its owner and the starter loyalty program', async () => {
  const bridge = createTestBridge({ signedIn: false });
  const { user } = render(app, { bridge });
  const form = await screen.findByRole('form', { name: 'Set up Regulars' });

  await user.click(within(form).getByRole('button', { name: 'Next' }));
  expect(await within(form).findByText('Shop name is required')).toBeInTheDocument();
  await user.type(within(form).getByLabelText('Shop name', { exact: false }), '  Caffè Nero ');
  await user.selectOptions(within(form).getByRole('combobox', { name: /Country/ }), 'GB');
  // The currency follows the country.
  expect(within(form).getByRole('combobox', { name: /Currency/ })).toHaveValue('GBP');
  await user.click(within(form).getByRole('button', { name: 'Next' }));
  await ownerStep(user, form, {
    name: 'Your name',
    pin: 'Your PIN or password',
    again: 'The same again',
    next: 'Next',
  });
  // Two steps answered, and still nothing saved: no owner, no settings.
  expect(data(bridge, 'auth:status')).toMatchObject({ needsOwner: true, actor: null });

  await user.click(within(form).getByRole('radio', { name: 'Import my customers' }));
  expect(within(form).getByRole('checkbox', { name: 'Start a loyalty program' })).toBeChecked();
  await user.click(within(form).getByRole('button', { name: 'Start using Regulars' }));

  // The import wizard, as chosen, with the owner signed in.
  expect(await screen.findByRole('heading', { level: 1, name: 'Import' })).toBeInTheDocument();
  expect(data(bridge, 'auth:status')).toMatchObject({ actor: { displayName: 'Olive Owner', role: 'owner' } });
  expect(data(bridge, 'settings:get')).toEqual({
    shopName: 'Caffè Nero',
    defaultCountry: 'GB',
    currency: 'GBP',
  });
  const program = data<{ versions: { program: { tiers: { levels: { name: string }[] } } }[] }>(
    bridge,
    'loyalty:program',
  );
  expect(program.versions).toHaveLength(1);
  expect(program.versions[0]?.program.tiers.levels.map((level) => level.name)).toEqual([
    'Regular',
    'Silver',
    'Gold',
  ]);
});

it('starts empty without a program when the owner skips it', async () => {
  const bridge = createTestBridge({ signedIn: false });
  const { user } = render(app, { bridge });
  const form = await screen.findByRole('form', { name: 'Set up Regulars' });
  await user.type(within(form).getByLabelText('Shop name', { exact: false }), 'Salone Ada');
  await user.click(within(form).getByRole('button', { name: 'Next' }));
  await ownerStep(user, form, {
    name: 'Your name',
    pin: 'Your PIN or password',
    again: 'The same again',
    next: 'Next',
  });
  await user.click(within(form).getByRole('radio', { name: 'Start empty' }));
  await user.click(within(form).getByRole('checkbox', { name: 'Start a loyalty program' }));
  await user.click(within(form).getByRole('button', { name: 'Start using Regulars' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
  expect(data<{ versions: unknown[] }>(bridge, 'loyalty:program').versions).toEqual([]);
  // An English shop keeps the built-in messages.
  expect(data<{ edited: string[] }>(bridge, 'suggestions:settings').edited).toEqual([]);
});

it('names the starter program in Italian for an Italian owner', async () => {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  const bridge = createTestBridge({ signedIn: false });
  const { user } = render(app, { bridge });
  const form = await screen.findByRole('form', { name: 'Configura Regulars' });
  await user.type(within(form).getByLabelText('Nome del negozio', { exact: false }), 'Bar Sport');
  await user.click(within(form).getByRole('button', { name: 'Avanti' }));
  await ownerStep(user, form, {
    name: 'Il tuo nome',
    pin: 'Il tuo PIN o la tua password',
    again: 'Ripeti PIN o password',
    next: 'Avanti',
  });
  await user.click(within(form).getByRole('radio', { name: 'Inizia da zero' }));
  await user.click(within(form).getByRole('button', { name: 'Inizia a usare Regulars' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Oggi' })).toBeInTheDocument();
  const program = data<{
    versions: { program: { tiers: { levels: { name: string }[] }; rewards: { name: string }[] } }[];
  }>(bridge, 'loyalty:program');
  expect(program.versions[0]?.program.tiers.levels.map((level) => level.name)).toEqual([
    'Abituale',
    'Argento',
    'Oro',
  ]);
  expect(program.versions[0]?.program.rewards.map((reward) => reward.name)).toEqual([
    'Piccolo omaggio',
    'Grande omaggio',
  ]);
  // The shop's follow-up messages start in Italian too, as edited templates.
  const templates = data<{ templates: Record<string, string>; edited: string[] }>(
    bridge,
    'suggestions:settings',
  );
  expect(templates.templates.birthday).toBe(
    'Buon compleanno {firstName}! Tutti da {shopName} ti augurano una splendida giornata.',
  );
  expect(templates.edited).toHaveLength(11);
});

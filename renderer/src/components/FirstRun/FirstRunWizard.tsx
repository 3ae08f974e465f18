import {
  Alert,
  Button,
  Center,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Stepper,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { currencyOfRegion, isKnownCurrency } from '../../../../shared/domain/currency.ts';
import { STARTER_LOYALTY_PROGRAM } from '../../../../shared/domain/loyalty/starter-program.ts';
import { staffInputSchema } from '../../../../shared/domain/staff.ts';
import { SUGGESTION_KINDS, type SuggestionKind } from '../../../../shared/domain/suggestions.ts';
import type { AuthStatus } from '../../../../shared/domain/auth.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDate } from '../../format/dates.ts';
import { withoutFieldPrefix } from '../../format/messages.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { LanguageControl } from '../LanguageControl/LanguageControl.tsx';
import { useNewPinCheck } from '../NewPin/useNewPinCheck.ts';
import { countryOptions } from '../ShopSettings/countries.ts';
import { PinPad } from '../SignIn/PinPad.tsx';
import { messages } from './FirstRun.messages.ts';
import { STARTER_TEMPLATES } from './starter-templates.messages.ts';
import { currencyOptions, formatAmount, guessShop } from './first-run-guess.ts';

type Start = 'demo' | 'import' | 'empty';

const isSuggestionKind = (kind: string): kind is SuggestionKind =>
  (SUGGESTION_KINDS as readonly string[]).includes(kind);
type Errors = Partial<Record<'shopName' | 'currency' | 'name' | 'secret' | 'repeat' | 'form', string>>;

/**
 * First run: the shop (name, country, currency), its owner (name and PIN), and how to start (a
 * demo café, an import, or nothing) with the starter loyalty program or none. Nothing is saved
 * until the last step; then the owner is created first, so everything after is done as the owner.
 */
export function FirstRunWizard() {
  const m = useMessages(messages);
  const { language } = useLanguage();
  const call = useCall();
  const checkNewPin = useNewPinCheck();
  const client = useQueryClient();
  const navigate = useNavigate();
  const countries = useMemo(() => countryOptions(language, m.countryOption), [language, m]);
  const currencies = useMemo(() => currencyOptions(language), [language]);
  const [today] = useState(() => Date.now());
  const [guess] = useState(() =>
    guessShop(
      navigator.languages,
      countries.map((option) => option.value),
    ),
  );
  const [step, setStep] = useState(0);
  const [shopName, setShopName] = useState('');
  const [country, setCountry] = useState(guess.country);
  const [currency, setCurrency] = useState(guess.currency);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const [start, setStart] = useState<Start>('demo');
  const [loyalty, setLoyalty] = useState(true);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  // Set once the owner exists: a retry after a later failure must not create it again.
  const [owner, setOwner] = useState<AuthStatus | null>(null);

  const checkShop = (): Errors => {
    const found: Errors = {};
    if (shopName.trim() === '') found.shopName = m.shopNameRequired;
    else if (shopName.trim().length > 80) found.shopName = m.shopNameTooLong;
    if (!isKnownCurrency(currency)) found.currency = m.unknownCurrency;
    return found;
  };

  const checkOwner = (): Errors => {
    const found: Errors = {};
    const person = staffInputSchema.safeParse({ displayName: name });
    if (!person.success)
      found.name = person.error.issues[0]?.code === 'too_big' ? m.yourNameTooLong : m.yourNameRequired;
    return { ...found, ...checkNewPin(secret, repeat) };
  };

  const starterProgram = () => ({
    ...STARTER_LOYALTY_PROGRAM,
    tiers: {
      ...STARTER_LOYALTY_PROGRAM.tiers,
      levels: STARTER_LOYALTY_PROGRAM.tiers.levels.map((level, index) => ({
        ...level,
        name: [m.tierRegular, m.tierSilver, m.tierGold][index] ?? level.name,
      })),
    },
    rewards: STARTER_LOYALTY_PROGRAM.rewards.map((reward, index) => ({
      ...reward,
      name: [m.rewardSmall, m.rewardBig][index] ?? reward.name,
    })),
  });

  const finish = async () => {
    setBusy(true);
    setErrors({});
    try {
      const status =
        owner ?? (await call('auth:setupOwner', { owner: { displayName: name.trim() }, secret }));
      setOwner(status);
      await call('settings:update', { shopName: shopName.trim(), defaultCountry: country, currency });
      for (const [kind, text] of Object.entries(STARTER_TEMPLATES[language] ?? {})) {
        if (isSuggestionKind(kind)) await call('suggestions:updateTemplate', { kind, text });
      }
      if (start === 'demo') await call('demo:create', {});
      else if (loyalty) await call('loyalty:setProgram', { program: starterProgram() });
      // Everything is in place: the app opens behind this screen, on the page the owner chose.
      await navigate(start === 'import' ? paths.importFiles : paths.today);
      client.setQueryData(queryKeys.authStatus, status);
      await client.invalidateQueries();
    } catch (error) {
      setErrors({
        form: withoutFieldPrefix(error instanceof Error ? error.message : String(error), 'secret'),
      });
    } finally {
      setBusy(false);
    }
  };

  const next = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = step === 0 ? checkShop() : step === 1 ? checkOwner() : {};
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (step < 2) setStep(step + 1);
    else void finish();
  };

  return (
    <Center mih="100dvh" p="md">
      <Paper withBorder p="xl" maw={640} w="100%">
        <form noValidate aria-label={m.formName} onSubmit={next}>
          <Stack>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Title order={1}>{m.welcome}</Title>
              <LanguageControl />
            </Group>
            <Text c="dimmed">{m.intro}</Text>
            <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={setStep}>
              <Stepper.Step label={m.stepShop}>
                <Stack>
                  <TextInput
                    label={m.shopName}
                    description={m.shopNameHint}
                    required
                    maxLength={80}
                    value={shopName}
                    error={errors.shopName}
                    onChange={(event) => setShopName(event.currentTarget.value)}
                    autoFocus
                  />
                  <NativeSelect
                    label={m.country}
                    description={m.countryHint}
                    data={countries}
                    value={country}
                    onChange={(event) => {
                      // The currency follows the country until the owner picks another.
                      setCountry(event.currentTarget.value);
                      setCurrency(currencyOfRegion(event.currentTarget.value));
                    }}
                  />
                  <NativeSelect
                    label={m.currency}
                    description={
                      isKnownCurrency(currency) ? m.currencyHint(formatAmount(1250, currency)) : undefined
                    }
                    data={currencies}
                    value={currency}
                    error={errors.currency}
                    onChange={(event) => setCurrency(event.currentTarget.value)}
                  />
                  <Text size="sm" c="dimmed">
                    {m.datesHint(formatDate(today))}
                  </Text>
                </Stack>
              </Stepper.Step>
              <Stepper.Step label={m.stepOwner}>
                <Stack>
                  <Text>{m.ownerIntro}</Text>
                  <TextInput
                    label={m.yourName}
                    required
                    maxLength={60}
                    value={name}
                    error={errors.name}
                    onChange={(event) => setName(event.currentTarget.value)}
                    disabled={owner !== null}
                    autoFocus
                  />
                  <PinPad
                    label={m.yourPin}
                    value={secret}
                    onChange={setSecret}
                    error={errors.secret}
                    disabled={owner !== null}
                  />
                  <PinPad
                    label={m.sameAgain}
                    value={repeat}
                    onChange={setRepeat}
                    error={errors.repeat}
                    disabled={owner !== null}
                  />
                </Stack>
              </Stepper.Step>
              <Stepper.Step label={m.stepStart}>
                <Stack>
                  <Radio.Group
                    label={m.startHow}
                    value={start}
                    onChange={(value) => setStart(value === 'import' || value === 'empty' ? value : 'demo')}
                  >
                    <Stack gap="sm" mt="xs">
                      <Radio value="demo" label={m.startDemo} description={m.startDemoHint} />
                      <Radio value="import" label={m.startImport} description={m.startImportHint} />
                      <Radio value="empty" label={m.startEmpty} description={m.startEmptyHint} />
                    </Stack>
                  </Radio.Group>
                  {start === 'demo' ? (
                    <Text size="sm" c="dimmed">
                      {m.demoHasLoyalty}
                    </Text>
                  ) : (
                    <Checkbox
                      label={m.loyalty}
                      description={m.loyaltyHint(formatAmount(100, currency))}
                      checked={loyalty}
                      onChange={(event) => setLoyalty(event.currentTarget.checked)}
                    />
                  )}
                </Stack>
              </Stepper.Step>
            </Stepper>
            {errors.form && (
              <Alert color="red" role="alert">
                {errors.form}
              </Alert>
            )}
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(step - 1)} disabled={step === 0 || busy}>
                {m.back}
              </Button>
              <Button type="submit" loading={busy}>
                {step < 2 ? m.next : m.finish}
              </Button>
            </Group>
            {busy && (
              <Text size="sm" c="dimmed" aria-live="polite">
                {m.working}
              </Text>
            )}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

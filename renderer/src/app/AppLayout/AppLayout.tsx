import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Fragment, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { AppCommands } from '../AppCommands/AppCommands.tsx';
import { ColorSchemeControl } from '../../components/ColorSchemeControl/ColorSchemeControl.tsx';
import { DemoBanner } from '../../components/DemoShop/DemoBanner.tsx';
import { DataHealthBanner } from '../../components/DataHealthBanner/DataHealthBanner.tsx';
import { SpotlightButton } from '../../components/Spotlight/SpotlightButton.tsx';
import { SpotlightProvider } from '../../components/Spotlight/SpotlightProvider.tsx';
import type { Permission } from '../../../../shared/domain/permissions.ts';
import { SessionMenu } from '../../components/SessionMenu/SessionMenu.tsx';
import { LanguageControl } from '../../components/LanguageControl/LanguageControl.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { DEFAULT_CURRENCY } from '../../../../shared/domain/currency.ts';
import { setDisplayCurrency } from '../../format/money.ts';
import { mayDo, useAuthStatus } from '../../query/useAuth.ts';
import { useShopSettings } from '../../query/useShopSettings.ts';
import { messages } from './AppLayout.messages.ts';

/** Who sees a link: everyone signed in, or whoever has one of these permissions (or is an owner). */
type Audience = readonly Permission[] | 'everyone';
type NavLabel = keyof typeof messages &
  (
    | 'today'
    | 'customers'
    | 'insights'
    | 'segments'
    | 'duplicates'
    | 'trash'
    | 'import'
    | 'export'
    | 'audit'
    | 'settings'
    | 'help'
  );

const LINKS: { to: string; labelKey: NavLabel; isActive: (path: string) => boolean; for: Audience }[] = [
  { to: '/', labelKey: 'today', isActive: (path: string) => path === '/', for: 'everyone' },
  {
    to: '/customers',
    labelKey: 'customers',
    isActive: (path: string) => path.startsWith('/customers'),
    for: 'everyone',
  },
  {
    to: '/insights',
    labelKey: 'insights',
    isActive: (path: string) => path.startsWith('/insights'),
    for: ['insights.view'],
  },
  {
    to: '/segments',
    labelKey: 'segments',
    isActive: (path: string) => path.startsWith('/segments'),
    for: ['insights.view'],
  },
  {
    to: '/duplicates',
    labelKey: 'duplicates',
    isActive: (path: string) => path.startsWith('/duplicates'),
    for: ['customers.merge'],
  },
  {
    to: '/trash',
    labelKey: 'trash',
    isActive: (path: string) => path.startsWith('/trash'),
    for: ['customers.delete'],
  },
  {
    to: '/import',
    labelKey: 'import',
    isActive: (path: string) => path.startsWith('/import'),
    for: ['customers.import'],
  },
  {
    to: '/export',
    labelKey: 'export',
    isActive: (path: string) => path.startsWith('/export'),
    for: ['customers.export'],
  },
  {
    to: '/audit',
    labelKey: 'audit',
    isActive: (path: string) => path.startsWith('/audit'),
    for: ['audit.view'],
  },
  {
    to: '/settings',
    labelKey: 'settings',
    isActive: (path: string) => path.startsWith('/settings'),
    for: ['settings.manage', 'staff.manage'],
  },
  { to: '/help', labelKey: 'help', isActive: (path: string) => path.startsWith('/help'), for: 'everyone' },
];

export function AppLayout({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const status = useAuthStatus();
  const m = useMessages(messages);
  // Amounts read in the shop's currency; a new one re-renders every page (keyed below).
  const currency = useShopSettings().data?.currency ?? DEFAULT_CURRENCY;
  setDisplayCurrency(currency);

  return (
    // Inside the router, around every page: Ctrl/Cmd+K opens the spotlight from anywhere.
    <SpotlightProvider>
      <AppCommands />
      <AppShell
        header={{ height: 52 }}
        navbar={{ width: 200, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={m.toggleNavigation}
            />
            <Text fw={700} size="lg">
              {m.appName}
            </Text>
            <Group ml="auto" gap="sm" wrap="nowrap">
              <LanguageControl />
              <ColorSchemeControl />
              <SpotlightButton />
              <SessionMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={m.mainNavigation}>
          {/* Hiding is a courtesy, not the lock: the core refuses what the role lacks anyway. */}
          {LINKS.filter((link) => link.for === 'everyone' || mayDo(status.data, link.for)).map(
            ({ to, labelKey, isActive }) => {
              const active = isActive(pathname);
              return (
                <NavLink
                  key={to}
                  component={Link}
                  to={to}
                  label={m[labelKey]}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={close}
                />
              );
            },
          )}
        </AppShell.Navbar>
        <AppShell.Main>
          <DataHealthBanner />
          <DemoBanner />
          <Fragment key={currency}>{children}</Fragment>
        </AppShell.Main>
      </AppShell>
    </SpotlightProvider>
  );
}

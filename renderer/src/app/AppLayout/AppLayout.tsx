import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { AppCommands } from '../AppCommands/AppCommands.tsx';
import { ColorSchemeControl } from '../../components/ColorSchemeControl/ColorSchemeControl.tsx';
import { DemoBanner } from '../../components/DemoShop/DemoBanner.tsx';
import { DataHealthBanner } from '../../components/DataHealthBanner/DataHealthBanner.tsx';
import { SpotlightButton } from '../../components/Spotlight/SpotlightButton.tsx';
import { SpotlightProvider } from '../../components/Spotlight/SpotlightProvider.tsx';
import type { Permission } from '../../../../shared/domain/permissions.ts';
import { SessionMenu } from '../../components/SessionMenu/SessionMenu.tsx';
import { mayDo, useAuthStatus } from '../../query/useAuth.ts';

/** Who sees a link: everyone signed in, or whoever has one of these permissions (or is an owner). */
type Audience = readonly Permission[] | 'everyone';

const LINKS: { to: string; label: string; isActive: (path: string) => boolean; for: Audience }[] = [
  { to: '/', label: 'Today', isActive: (path: string) => path === '/', for: 'everyone' },
  {
    to: '/customers',
    label: 'Customers',
    isActive: (path: string) => path.startsWith('/customers'),
    for: 'everyone',
  },
  {
    to: '/insights',
    label: 'Insights',
    isActive: (path: string) => path.startsWith('/insights'),
    for: ['insights.view'],
  },
  {
    to: '/segments',
    label: 'Segments',
    isActive: (path: string) => path.startsWith('/segments'),
    for: ['insights.view'],
  },
  {
    to: '/duplicates',
    label: 'Duplicates',
    isActive: (path: string) => path.startsWith('/duplicates'),
    for: ['customers.merge'],
  },
  {
    to: '/trash',
    label: 'Trash',
    isActive: (path: string) => path.startsWith('/trash'),
    for: ['customers.delete'],
  },
  {
    to: '/import',
    label: 'Import',
    isActive: (path: string) => path.startsWith('/import'),
    for: ['customers.import'],
  },
  {
    to: '/export',
    label: 'Export',
    isActive: (path: string) => path.startsWith('/export'),
    for: ['customers.export'],
  },
  {
    to: '/audit',
    label: 'Audit',
    isActive: (path: string) => path.startsWith('/audit'),
    for: ['audit.view'],
  },
  {
    to: '/settings',
    label: 'Settings',
    isActive: (path: string) => path.startsWith('/settings'),
    for: ['settings.manage', 'staff.manage'],
  },
  { to: '/help', label: 'Help', isActive: (path: string) => path.startsWith('/help'), for: 'everyone' },
];

export function AppLayout({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const status = useAuthStatus();

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
              aria-label="Toggle navigation"
            />
            <Text fw={700} size="lg">
              Regulars
            </Text>
            <Group ml="auto" gap="sm" wrap="nowrap">
              <ColorSchemeControl />
              <SpotlightButton />
              <SessionMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label="Main">
          {/* Hiding is a courtesy, not the lock: the core refuses what the role lacks anyway. */}
          {LINKS.filter((link) => link.for === 'everyone' || mayDo(status.data, link.for)).map(
            ({ to, label, isActive }) => {
              const active = isActive(pathname);
              return (
                <NavLink
                  key={to}
                  component={Link}
                  to={to}
                  label={label}
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
          {children}
        </AppShell.Main>
      </AppShell>
    </SpotlightProvider>
  );
}

import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { SpotlightButton } from '../../components/Spotlight/SpotlightButton.tsx';
import { SpotlightProvider } from '../../components/Spotlight/SpotlightProvider.tsx';
import { StaffPicker } from '../../components/StaffPicker/StaffPicker.tsx';

const LINKS = [
  { to: '/', label: 'Today', isActive: (path: string) => path === '/' },
  { to: '/customers', label: 'Customers', isActive: (path: string) => path.startsWith('/customers') },
  { to: '/insights', label: 'Insights', isActive: (path: string) => path.startsWith('/insights') },
  { to: '/segments', label: 'Segments', isActive: (path: string) => path.startsWith('/segments') },
  { to: '/duplicates', label: 'Duplicates', isActive: (path: string) => path.startsWith('/duplicates') },
  { to: '/trash', label: 'Trash', isActive: (path: string) => path.startsWith('/trash') },
  { to: '/settings', label: 'Settings', isActive: (path: string) => path.startsWith('/settings') },
];

export function AppLayout({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();

  return (
    // Inside the router, around every page: Ctrl/Cmd+K opens the spotlight from anywhere.
    <SpotlightProvider>
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
              <SpotlightButton />
              <StaffPicker />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label="Main">
          {LINKS.map(({ to, label, isActive }) => {
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
          })}
        </AppShell.Navbar>
        <AppShell.Main>{children}</AppShell.Main>
      </AppShell>
    </SpotlightProvider>
  );
}

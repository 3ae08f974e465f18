import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { withSlot } from '../BackupSettings/with-slot.tsx';
import { messages } from './DemoShop.messages.ts';
import { useDemoStatus } from './useDemo.ts';

/** Above every page while the demo café is loaded: nobody should mistake it for the real shop. */
export function DemoBanner() {
  const m = useMessages(messages);
  const status = useDemoStatus();
  if (status.data?.active !== true) return null;
  return (
    <Alert color="yellow" title={m.demoCafe} mb="md">
      {withSlot(
        m.bannerText,
        <Anchor component={Link} to={paths.settings}>
          {m.settings}
        </Anchor>,
      )}
    </Alert>
  );
}

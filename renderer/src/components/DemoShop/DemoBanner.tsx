import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useDemoStatus } from './useDemo.ts';

/** Above every page while the demo café is loaded: nobody should mistake it for the real shop. */
export function DemoBanner() {
  const status = useDemoStatus();
  if (status.data?.active !== true) return null;
  return (
    <Alert color="yellow" title="Demo café" mb="md">
      The customers here are made up. When you are ready for your own, remove them in{' '}
      <Anchor component={Link} to={paths.settings}>
        Settings
      </Anchor>
      .
    </Alert>
  );
}

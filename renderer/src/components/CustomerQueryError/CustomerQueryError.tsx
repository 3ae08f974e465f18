import { Alert, Button, Stack } from '@mantine/core';
import { AppCallError } from '../../bridge/call.ts';
import { CustomerNotFound } from '../CustomerNotFound/CustomerNotFound.tsx';

interface CustomerQueryErrorProps {
  error: Error;
  retry: () => void;
}

/** A failed customer load: "not found" is an answer, anything else is a problem worth retrying. */
export function CustomerQueryError({ error, retry }: CustomerQueryErrorProps) {
  if (error instanceof AppCallError && error.code === 'not_found') return <CustomerNotFound />;
  return (
    <Stack align="flex-start">
      <Alert color="red" title="The customer could not be loaded">
        {error.message}
      </Alert>
      <Button variant="default" onClick={retry}>
        Try again
      </Button>
    </Stack>
  );
}

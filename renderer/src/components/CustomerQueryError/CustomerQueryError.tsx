import { Alert, Button, Stack } from '@mantine/core';
import { AppCallError } from '../../bridge/call.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { CustomerNotFound } from '../CustomerNotFound/CustomerNotFound.tsx';
import { messages } from './CustomerQueryError.messages.ts';

interface CustomerQueryErrorProps {
  error: Error;
  retry: () => void;
}

/** A failed customer load: "not found" is an answer, anything else is a problem worth retrying. */
export function CustomerQueryError({ error, retry }: CustomerQueryErrorProps) {
  const m = useMessages(messages);
  if (error instanceof AppCallError && error.code === 'not_found') return <CustomerNotFound />;
  return (
    <Stack align="flex-start">
      <Alert color="red" title={m.notLoaded}>
        {error.message}
      </Alert>
      <Button variant="default" onClick={retry}>
        {m.tryAgain}
      </Button>
    </Stack>
  );
}

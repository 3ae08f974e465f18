import { Button } from '@mantine/core';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './PrintButton.messages.ts';
import './print.css';

/** Opens the system print dialog; "Save as PDF" there gives the report as a PDF. */
export function PrintButton({ label }: { label?: string }) {
  const m = useMessages(messages);
  return (
    <Button variant="default" onClick={() => window.print()} data-no-print>
      {label ?? m.printOrSavePdf}
    </Button>
  );
}

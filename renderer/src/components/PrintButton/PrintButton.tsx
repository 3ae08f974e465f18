import { Button } from '@mantine/core';
import './print.css';

/** Opens the system print dialog; "Save as PDF" there gives the report as a PDF. */
export function PrintButton({ label = 'Print or save as PDF' }: { label?: string }) {
  return (
    <Button variant="default" onClick={() => window.print()} data-no-print>
      {label}
    </Button>
  );
}

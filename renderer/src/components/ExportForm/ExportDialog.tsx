import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CustomerFilter } from '../../../../shared/domain/customer-query.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './ExportForm.messages.ts';
import { ExportForm, type GivenScope } from './ExportForm.tsx';

interface ExportButtonProps {
  /** The customers ticked in the list, if any: they are what is exported. */
  selectedIds: readonly string[];
  filter: CustomerFilter;
  filtered: boolean;
}

/** The customers list's way out: exports the selection, else what the filters show, else everyone. */
export function ExportButton({ selectedIds, filter, filtered }: ExportButtonProps) {
  const m = useMessages(messages);
  const [opened, { open, close }] = useDisclosure(false);
  const given: GivenScope =
    selectedIds.length > 0
      ? {
          scope: { kind: 'selection', ids: [...selectedIds] },
          label: m.selectedCustomers(selectedIds.length),
        }
      : filtered
        ? { scope: { kind: 'filter', filter }, label: m.matchingFilters }
        : { scope: { kind: 'all' }, label: m.everyCustomer };
  return (
    <>
      <Button variant="default" onClick={open}>
        {m.exportButton}
      </Button>
      <Modal opened={opened} onClose={close} title={m.exportCustomers} size="lg">
        <ExportForm given={given} />
      </Modal>
    </>
  );
}

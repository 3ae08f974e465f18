import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CustomerFilter } from '../../../../shared/domain/customer-query.ts';
import { ExportForm, type GivenScope } from './ExportForm.tsx';

interface ExportButtonProps {
  /** The customers ticked in the list, if any: they are what is exported. */
  selectedIds: readonly string[];
  filter: CustomerFilter;
  filtered: boolean;
}

/** The customers list's way out: exports the selection, else what the filters show, else everyone. */
export function ExportButton({ selectedIds, filter, filtered }: ExportButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const given: GivenScope =
    selectedIds.length > 0
      ? {
          scope: { kind: 'selection', ids: [...selectedIds] },
          label: `the ${selectedIds.length} selected customers`,
        }
      : filtered
        ? { scope: { kind: 'filter', filter }, label: 'the customers matching the filters' }
        : { scope: { kind: 'all' }, label: 'every customer' };
  return (
    <>
      <Button variant="default" onClick={open}>
        Export…
      </Button>
      <Modal opened={opened} onClose={close} title="Export customers" size="lg">
        <ExportForm given={given} />
      </Modal>
    </>
  );
}

import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyDone, notifyFailed, offerUndo } from './notify.tsx';
import type { TagAction } from './TagDialog.tsx';

const customers = (count: number) => (count === 1 ? '1 customer' : `${count} customers`);

/** Bulk tag and bulk delete, each announced with an undo that reverses exactly what changed. */
export function useBulkActions() {
  const call = useCall();

  const tag = async (ids: string[], name: string, action: TagAction): Promise<void> => {
    const { changedIds } = await call('customers:bulkTag', { ids, tag: name, action });
    const skipped = ids.length - changedIds.length;
    const done =
      action === 'add'
        ? `Added “${name}” to ${customers(changedIds.length)}`
        : `Removed “${name}” from ${customers(changedIds.length)}`;
    const note =
      skipped === 0
        ? ''
        : action === 'add'
          ? ` (${skipped} had it already)`
          : ` (${skipped} did not have it)`;
    if (changedIds.length === 0) {
      notifyDone(`${done}${note}.`);
      return;
    }
    offerUndo({
      message: `${done}${note}.`,
      // Only the customers this action changed: one who had the tag before keeps it.
      undo: async () => {
        const inverse = action === 'add' ? 'remove' : 'add';
        await call('customers:bulkTag', { ids: changedIds, tag: name, action: inverse });
        return action === 'add'
          ? `“${name}” taken off ${customers(changedIds.length)} again.`
          : `“${name}” put back on ${customers(changedIds.length)}.`;
      },
    });
  };

  /** Resolves to whether the customers went to the trash; a failure is shown, not thrown. */
  const remove = async (ids: string[]): Promise<boolean> => {
    try {
      const { deletedIds } = await call('customers:delete', { ids });
      offerUndo({
        message: `Moved ${customers(deletedIds.length)} to the trash.`,
        undo: async () => {
          const { restoredIds } = await call('customers:restore', { ids: deletedIds });
          return `Restored ${customers(restoredIds.length)}.`;
        },
      });
      return true;
    } catch (error) {
      notifyFailed(error, 'Nothing was deleted');
      return false;
    }
  };

  return { tag, remove };
}

import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './BulkActions.messages.ts';
import { notifyDone, notifyFailed, offerUndo } from './notify.tsx';
import type { TagAction } from './TagDialog.tsx';

/** Bulk tag and bulk delete, each announced with an undo that reverses exactly what changed. */
export function useBulkActions() {
  const m = useMessages(messages);
  const call = useCall();

  const tag = async (ids: string[], name: string, action: TagAction): Promise<void> => {
    const { changedIds } = await call('customers:bulkTag', { ids, tag: name, action });
    const skipped = ids.length - changedIds.length;
    const done =
      action === 'add'
        ? m.tagAdded(name, changedIds.length, skipped)
        : m.tagRemoved(name, changedIds.length, skipped);
    if (changedIds.length === 0) {
      notifyDone(done);
      return;
    }
    offerUndo({
      message: done,
      // Only the customers this action changed: one who had the tag before keeps it.
      undo: async () => {
        const inverse = action === 'add' ? 'remove' : 'add';
        await call('customers:bulkTag', { ids: changedIds, tag: name, action: inverse });
        return action === 'add'
          ? m.tagTakenOffAgain(name, changedIds.length)
          : m.tagPutBack(name, changedIds.length);
      },
    });
  };

  /** Resolves to whether the customers went to the trash; a failure is shown, not thrown. */
  const remove = async (ids: string[]): Promise<boolean> => {
    try {
      const { deletedIds } = await call('customers:delete', { ids });
      offerUndo({
        message: m.movedCustomersToTrash(deletedIds.length),
        undo: async () => {
          const { restoredIds } = await call('customers:restore', { ids: deletedIds });
          return m.restoredCustomers(restoredIds.length);
        },
      });
      return true;
    } catch (error) {
      notifyFailed(error, m.nothingDeleted);
      return false;
    }
  };

  return { tag, remove };
}

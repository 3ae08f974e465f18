import { useQuery } from '@tanstack/react-query';
import type { Staff } from '../../../shared/domain/staff.ts';
import { useCall } from '../bridge/BridgeProvider.tsx';
import { queryKeys } from './query-keys.ts';

const EMPTY: ReadonlyMap<string, Staff> = new Map();
// Defined once, so TanStack Query keeps the map between renders until the list itself changes.
const toMap = (staff: Staff[]): ReadonlyMap<string, Staff> => new Map(staff.map((s) => [s.id, s]));

/**
 * Every staff member, inactive ones included: the timeline still names whoever logged an entry
 * after they left, and the picker keeps the active ones of the same list.
 */
export function useAllStaff() {
  const call = useCall();
  return useQuery({
    queryKey: queryKeys.staff(true),
    queryFn: () => call('staff:list', { includeInactive: true }),
  });
}

/** Staff by id, for the stamps on timeline entries. */
export function useStaffById(): ReadonlyMap<string, Staff> {
  const call = useCall();
  const staff = useQuery({
    queryKey: queryKeys.staff(true),
    queryFn: () => call('staff:list', { includeInactive: true }),
    select: toMap,
  });
  return staff.data ?? EMPTY;
}

/** Who is at the counter now; the core forgets someone who was deactivated meanwhile. */
export function useSession() {
  const call = useCall();
  return useQuery({ queryKey: queryKeys.session, queryFn: () => call('session:get', {}) });
}

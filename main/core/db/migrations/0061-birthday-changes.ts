import type { Migration } from '../migration.ts';

/**
 * When a birthday was set or changed, kept by the database itself. The birthday bonus is not
 * paid for a birthday set in the last 30 days (so nobody "has a birthday" today to collect it);
 * the customers service stamped that, but an import or any future writer could change a birthday
 * without it. A writer that sets birthday_changed_at itself (a merge carrying the other
 * customer's date along) is left alone.
 */
export const birthdayChanges: Migration = {
  version: 61,
  name: 'the database stamps every birthday change',
  up: `
    CREATE TRIGGER customers_birthday_set AFTER INSERT ON customers
    WHEN new.birthday <> '' AND new.birthday_changed_at IS NULL BEGIN
      UPDATE customers SET birthday_changed_at = new.created_at WHERE seq = new.seq;
    END;
    CREATE TRIGGER customers_birthday_changed AFTER UPDATE OF birthday ON customers
    WHEN old.birthday IS NOT new.birthday AND new.birthday_changed_at IS old.birthday_changed_at BEGIN
      UPDATE customers SET birthday_changed_at = new.updated_at WHERE seq = new.seq;
    END;
  `,
};

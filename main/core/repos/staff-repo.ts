import type { Staff, StaffRole } from '../../../shared/domain/staff.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/statements.ts';

/** A staff row exactly as stored; mapped to the domain type explicitly, never cast. */
export interface DbStaff {
  id: string;
  display_name: string;
  initials: string;
  color: string;
  role: StaffRole;
  active: 0 | 1;
  created_at: number;
  updated_at: number;
}

export function toStaff(row: DbStaff): Staff {
  return {
    id: row.id,
    displayName: row.display_name,
    initials: row.initials,
    color: row.color,
    role: row.role,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

export function insertStaff(db: Db, row: DbStaff): void {
  prepared(
    db,
    `INSERT INTO staff (id, display_name, initials, color, role, active, created_at, updated_at)
     VALUES (@id, @display_name, @initials, @color, @role, @active, @created_at, @updated_at)`,
  ).run(row);
}

/** The role is left alone: it changes only through updateStaffRole (auth:setRole), never with a profile edit. */
export function updateStaffRow(
  db: Db,
  row: Pick<DbStaff, 'id' | 'display_name' | 'initials' | 'color' | 'active' | 'updated_at'>,
): void {
  prepared(
    db,
    `UPDATE staff SET display_name = @display_name, initials = @initials, color = @color,
       active = @active, updated_at = @updated_at
     WHERE id = @id`,
  ).run(row);
}

export function updateStaffRole(db: Db, id: string, role: StaffRole, updatedAt: number): void {
  prepared(db, 'UPDATE staff SET role = ?, updated_at = ? WHERE id = ?').run(role, updatedAt, id);
}

export function findStaffRow(db: Db, id: string): DbStaff | undefined {
  return prepared<[string], DbStaff>(db, 'SELECT * FROM staff WHERE id = ?').get(id);
}

/** Active staff first, then by name: the order of the picker and of the settings list. */
export function listStaffRows(db: Db, includeInactive: boolean): DbStaff[] {
  return prepared<{ all: 0 | 1 }, DbStaff>(
    db,
    `SELECT * FROM staff WHERE active = 1 OR @all = 1
     ORDER BY active DESC, display_name COLLATE NOCASE, id`,
  ).all({ all: includeInactive ? 1 : 0 });
}

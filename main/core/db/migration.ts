import type Database from 'better-sqlite3';

/** A forward-only schema step. Versions go in steps of 10 so a fix can slot in between. */
export interface Migration {
  version: number;
  name: string;
  up: string;
  /** Work SQL cannot do (e.g. parsing phone numbers), run in the same transaction after `up`. */
  backfill?: (db: Database.Database) => void;
}

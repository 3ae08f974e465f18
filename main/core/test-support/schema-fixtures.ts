// Test support: databases as every released schema version left them, built by running only the
// migrations up to that version and inserting rows with the SQL of that version.
import Database from 'better-sqlite3';
import type { Migration } from '../db/migration.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { migrate } from '../db/open.ts';

export interface FixtureOptions {
  customers?: number;
  /** Tags per customer, from a pool of 500 names of 30 to 55 letters. */
  tagsPerCustomer?: number;
}

const T0 = Date.UTC(2025, 2, 3, 12, 0);
const DAY = 86_400_000;

/** Rows a version-10 database could hold: staff, customers with tags and consent, interactions, a setting. */
function seedV10(db: Database.Database, { customers = 20, tagsPerCustomer = 2 }: FixtureOptions): void {
  db.exec(`INSERT INTO staff (id, display_name, initials, color, role, created_at, updated_at)
           VALUES ('s1', 'Sam Okafor', 'SO', 'teal', 'owner', ${T0}, ${T0});
           INSERT INTO settings (key, value) VALUES ('default_country', '"IT"');`);
  const customer = db.prepare(
    `INSERT INTO customers (id, first_name, last_name, sort_name, phone, phone_digits, email, birthday, notes, code, created_at, updated_at)
     VALUES (?, ?, 'Núñez', ?, ?, ?, ?, '1990-02-03', ?, ?, ?, ?)`,
  );
  const tag = db.prepare('INSERT OR IGNORE INTO tags (id, name) VALUES (?, ?)');
  const tagged = db.prepare('INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)');
  const consent = db.prepare(
    `INSERT INTO customer_consents (customer_id, channel, granted, source, recorded_at, staff_id)
     VALUES (?, 'email', 1, 'counter form', ?, 's1')`,
  );
  const interaction = db.prepare(
    `INSERT INTO interactions (id, customer_id, occurred_at, kind, amount_minor, note, staff_id, csat, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'cut and colour', 's1', 5, ?, ?)`,
  );
  for (let i = 0; i < customers; i++) {
    const id = `c${String(i).padStart(5, '0')}`;
    const digits = `39333${String(1_000_000 + i)}`;
    customer.run(
      id,
      `José ${i}`,
      `nunez jose ${i}`,
      `+${digits}`,
      digits,
      `jose${i}@example.com`,
      'likes espresso',
      `K${i}`,
      T0 + i,
      T0 + i,
    );
    for (let t = 0; t < tagsPerCustomer; t++) {
      const n = (i * 7 + t * 13) % 500;
      tag.run(
        n + 1,
        `tag-${n}-${'weekly-regular-who-likes-an-espresso-at-the-counter'.slice(0, 24 + (n % 24))}`,
      );
      tagged.run(id, n + 1);
    }
    consent.run(id, T0 + i);
    interaction.run(`${id}-v`, id, T0 + i * DAY, 'visit', 1250 + i, T0, T0);
    interaction.run(`${id}-p`, id, T0 + i * DAY + 60_000, 'purchase', 990, T0, T0);
  }
}

/** Rows only a version-20 database can hold: custom fields, the trash, a dismissed duplicate pair. */
function seedV20(db: Database.Database): void {
  db.exec(`INSERT INTO custom_fields (id, name, type, choices, position, created_at)
           VALUES ('f1', 'Hair type', 'choice', '["curly","straight"]', 0, ${T0});
           INSERT INTO customer_field_values (customer_id, field_id, value) VALUES ('c00000', 'f1', '"curly"');
           UPDATE customers SET deleted_at = ${T0 + DAY}, updated_by = 's1' WHERE id = 'c00001';
           INSERT INTO duplicate_dismissals (a_id, b_id, dismissed_at) VALUES ('c00002', 'c00003', ${T0});`);
}

const SEEDS: Readonly<Record<number, (db: Database.Database, options: FixtureOptions) => void>> = {
  10: seedV10,
  20: seedV20,
};

/**
 * Writes a database at `version`, as that release left it: each migration up to it runs, and
 * after each, the rows that release could write are added. Closed cleanly (no -wal left).
 */
export function buildDatabaseAt(path: string, version: number, options: FixtureOptions = {}): void {
  const steps: Migration[] = MIGRATIONS.filter((migration) => migration.version <= version);
  if (steps.at(-1)?.version !== version) throw new Error(`No released schema version ${version}.`);
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    let from = 0;
    for (const step of steps) {
      migrate(
        db,
        from,
        steps.filter((migration) => migration.version <= step.version),
      );
      from = step.version;
      db.transaction(() => SEEDS[step.version]?.(db, options))();
    }
  } finally {
    db.close();
  }
}

import type Database from 'better-sqlite3';
import { foldText } from '../../shared/domain/text.ts';
import type { Db } from '../core/db/open.ts';
import { newId } from '../core/ids.ts';
import type { Shop } from '../core/demo/generate-shop.ts';
import type { RawPlan } from './queries.ts';

/**
 * The same work written as plainly as better-sqlite3 allows: statements prepared once, no
 * validation, mapping or events. What the project's layers cost is measured against this.
 */
export interface Baseline {
  /** Loads the shop in one transaction; returns customer ids by index. */
  load(shop: Shop): string[];
  search(plan: RawPlan, limit: number): Array<{ id: string }>;
  listPage(offset: number, limit: number): Array<{ id: string }>;
  logVisit(customerId: string, amountMinor: number | null, now: number): void;
}

const COLUMNS = `c.id, c.first_name, c.last_name, c.phone, c.email, c.code,
  (SELECT max(i.occurred_at) FROM interactions i WHERE i.customer_id = c.id AND i.deleted_at IS NULL
     AND i.kind IN ('visit', 'purchase')) AS last_visit_at`;

export function createBaseline(db: Db): Baseline {
  const statements = new Map<string, Database.Statement<unknown[], { id: string }>>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], { id: string }>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const insertInteraction = () =>
    prepare(`INSERT INTO interactions (id, customer_id, occurred_at, kind, channel, amount_minor, note,
               staff_id, csat, nps, ces, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`);

  return {
    load(shop) {
      const insertCustomer = prepare(`INSERT INTO customers (id, first_name, last_name, sort_name, phone,
        phone_digits, email, birthday, address, notes, code, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const insertTag = prepare('INSERT INTO tags (name) VALUES (?) RETURNING id');
      const linkTag = prepare('INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)');
      const tagIds = new Map<string, number>();
      const ids: string[] = [];
      db.transaction(() => {
        for (const { createdAt, input: c } of shop.customers) {
          const id = newId();
          const sortName = foldText(`${c.lastName} ${c.firstName}`);
          const digits = c.phone.replace(/\D/g, '');
          insertCustomer.run(
            id,
            c.firstName,
            c.lastName,
            sortName,
            c.phone,
            digits,
            c.email,
            c.birthday,
            c.address,
            c.notes,
            c.code === '' ? null : c.code,
            createdAt,
            createdAt,
          );
          for (const tag of c.tags) {
            let tagId = tagIds.get(tag);
            if (tagId === undefined) {
              tagId = (insertTag.get(tag) as unknown as { id: number }).id;
              tagIds.set(tag, tagId);
            }
            linkTag.run(id, tagId);
          }
          ids.push(id);
        }
        const insert = insertInteraction();
        for (const { customerIndex, input: i } of shop.interactions) {
          insert.run(
            newId(),
            ids[customerIndex],
            i.occurredAt,
            i.kind,
            i.channel,
            i.amountMinor,
            i.note,
            i.csat,
            i.nps,
            i.ces,
            i.occurredAt,
            i.occurredAt,
          );
        }
      })();
      return ids;
    },

    search(plan, limit) {
      const likes = plan.nameLikes.map(() => `(' ' || c.sort_name) LIKE ?`);
      const sql =
        plan.match === null
          ? `SELECT ${COLUMNS} FROM customers c WHERE c.deleted_at IS NULL AND ${likes.join(' AND ')}
             ORDER BY c.sort_name, c.seq LIMIT ?`
          : `SELECT ${COLUMNS} FROM customers_search s JOIN customers c ON c.seq = s.rowid
             WHERE customers_search MATCH ? AND c.deleted_at IS NULL ${likes.map((like) => `AND ${like}`).join(' ')}
             ORDER BY c.sort_name, c.seq LIMIT ?`;
      const params = plan.match === null ? plan.nameLikes : [plan.match, ...plan.nameLikes];
      return prepare(sql).all(...params, limit);
    },

    listPage(offset, limit) {
      return prepare(`SELECT ${COLUMNS} FROM customers c WHERE c.deleted_at IS NULL
        ORDER BY c.sort_name, c.seq LIMIT ? OFFSET ?`).all(limit, offset);
    },

    logVisit(customerId, amountMinor, now) {
      const insert = insertInteraction();
      db.transaction(() => {
        insert.run(
          newId(now),
          customerId,
          now,
          'visit',
          'in_person',
          amountMinor,
          '',
          null,
          null,
          null,
          now,
          now,
        );
        // The same work the project does on every log: keep the customer's visit facts current.
        prepare(`UPDATE customers SET (first_visit_at, last_visit_at, visit_count, total_spend_minor) =
          (SELECT min(occurred_at), max(occurred_at),
                  count(DISTINCT date(occurred_at / 1000, 'unixepoch', 'localtime')), coalesce(sum(amount_minor), 0)
           FROM interactions WHERE customer_id = customers.id AND deleted_at IS NULL AND kind IN ('visit', 'purchase'))
          WHERE id = ?`).run(customerId);
      })();
    },
  };
}

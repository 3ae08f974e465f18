import { savedMappingSchema, type ImportRecord, type SavedMapping } from '../../../shared/domain/imports.ts';
import type { ImportKind } from '../../../shared/domain/import-targets.ts';
import type { CoreContext } from '../context.ts';
import { prepared } from '../db/statements.ts';
import { notFound } from '../errors.ts';
import { readSetting, writeSetting } from '../repos/settings-repo.ts';
import { parseOrThrow } from '../validate.ts';

export const SAVED_MAPPINGS_KEY = 'import.savedMappings';
const MAX_SAVED = 30;

interface DbImportRow {
  id: string;
  kind: ImportKind;
  file_name: string;
  imported_at: number;
  staff_id: string | null;
  created_count: number;
  updated_count: number;
  skipped_count: number;
  rejected_count: number;
  customers_created: number;
  undone_at: number | null;
}

/** The latest imports first, undone ones included (they say when). */
export function listImports(ctx: CoreContext, limit: number): ImportRecord[] {
  return prepared<[number], DbImportRow>(
    ctx.db,
    'SELECT * FROM imports ORDER BY imported_at DESC, seq DESC LIMIT ?',
  )
    .all(limit)
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      fileName: row.file_name,
      importedAt: row.imported_at,
      staffId: row.staff_id,
      imported: row.created_count,
      updated: row.updated_count,
      skipped: row.skipped_count,
      rejected: row.rejected_count,
      customersCreated: row.customers_created,
      undoneAt: row.undone_at,
    }));
}

export function listSavedMappings(ctx: CoreContext): SavedMapping[] {
  const stored = readSetting(ctx.db, SAVED_MAPPINGS_KEY);
  if (!Array.isArray(stored)) return [];
  // A setting written by a newer or broken version is skipped, not trusted.
  return stored.flatMap((item) => {
    const parsed = savedMappingSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function saveMapping(ctx: CoreContext, input: SavedMapping): SavedMapping[] {
  const mapping = parseOrThrow(savedMappingSchema, input);
  const next = ctx.db.transaction(() => {
    const others = listSavedMappings(ctx).filter(
      (saved) => saved.name.toLowerCase() !== mapping.name.toLowerCase(),
    );
    const all = [...others, mapping].slice(-MAX_SAVED);
    writeSetting(ctx.db, SAVED_MAPPINGS_KEY, all);
    return all;
  })();
  ctx.emit('settings:changed', {});
  return next;
}

export function deleteMapping(ctx: CoreContext, name: string): SavedMapping[] {
  const next = ctx.db.transaction(() => {
    const all = listSavedMappings(ctx);
    const kept = all.filter((saved) => saved.name.toLowerCase() !== name.toLowerCase());
    if (kept.length === all.length) throw notFound('saved mapping', name);
    writeSetting(ctx.db, SAVED_MAPPINGS_KEY, kept);
    return kept;
  })();
  ctx.emit('settings:changed', {});
  return next;
}

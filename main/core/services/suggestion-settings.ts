import { DEFAULT_TEMPLATES, templateUpdateSchema } from '../../../shared/domain/suggestion-templates.ts';
import {
  SUGGESTION_KIND_LABELS,
  suggestionSettingsUpdateSchema,
  type SuggestionKind,
  type SuggestionSettings,
  type SuggestionSettingsUpdate,
} from '../../../shared/domain/suggestions.ts';
import type { CoreContext } from '../context.ts';
import {
  readSuggestionSettings,
  readTemplateOverrides,
  readTemplates,
  SETTINGS_KEY,
  TEMPLATES_KEY,
  writeSuggestionSettings,
  writeTemplateOverrides,
} from '../repos/suggestion-repo.ts';
import { parseOrThrow } from '../validate.ts';
import { recordAudit } from './audit.ts';

// Settings → Suggestions: which kinds are on, their thresholds, and the message templates.
// Every change is audited field by field (old → new) in the transaction that saves it.

export interface SuggestionSettingsView {
  settings: SuggestionSettings;
  templates: Record<SuggestionKind, string>;
  /** Kinds whose template the owner has edited (the others are the defaults). */
  edited: SuggestionKind[];
}

export function getSuggestionSettings(ctx: CoreContext): SuggestionSettingsView {
  return {
    settings: readSuggestionSettings(ctx.db),
    templates: readTemplates(ctx.db),
    edited: Object.keys(readTemplateOverrides(ctx.db)) as SuggestionKind[],
  };
}

export function updateSuggestionSettings(
  ctx: CoreContext,
  input: SuggestionSettingsUpdate,
): SuggestionSettings {
  const change = parseOrThrow(suggestionSettingsUpdateSchema, input);
  const saved = ctx.db.transaction((): SuggestionSettings => {
    const before = readSuggestionSettings(ctx.db);
    const next: SuggestionSettings = { ...before, ...change };
    const changes = (Object.keys(change) as (keyof SuggestionSettings)[])
      .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(next[field]))
      .map((field) => ({ field, old: before[field], new: next[field] }));
    if (changes.length === 0) return before;
    writeSuggestionSettings(ctx.db, next);
    recordAudit(ctx, {
      action: 'settings.update',
      subjectType: 'settings',
      subjectId: SETTINGS_KEY,
      summary: `Changed the follow-up suggestion settings: ${changes.map((c) => c.field).join(', ')}`,
      details: { changes },
    });
    return next;
  })();
  ctx.emit('settings:changed', {});
  return saved;
}

export function updateSuggestionTemplate(
  ctx: CoreContext,
  input: { kind: SuggestionKind; text: string | null },
): SuggestionSettingsView {
  const { kind, text } = parseOrThrow(templateUpdateSchema, input);
  ctx.db.transaction(() => {
    const overrides = readTemplateOverrides(ctx.db);
    const before = overrides[kind] ?? DEFAULT_TEMPLATES[kind];
    const after = text ?? DEFAULT_TEMPLATES[kind];
    if (text === null || text === DEFAULT_TEMPLATES[kind]) delete overrides[kind];
    else overrides[kind] = text;
    writeTemplateOverrides(ctx.db, overrides);
    if (before !== after) {
      recordAudit(ctx, {
        action: 'settings.update',
        subjectType: 'settings',
        subjectId: `${TEMPLATES_KEY}.${kind}`,
        summary: `${text === null ? 'Reset' : 'Edited'} the “${SUGGESTION_KIND_LABELS[kind]}” message template`,
        details: { changes: [{ field: `template.${kind}`, old: before, new: after }] },
      });
    }
  })();
  ctx.emit('settings:changed', {});
  return getSuggestionSettings(ctx);
}

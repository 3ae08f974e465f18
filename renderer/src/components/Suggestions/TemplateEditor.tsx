import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  MERGE_FIELD_LABELS,
  MERGE_FIELDS,
  renderTemplate,
  SAMPLE_MERGE_VALUES,
} from '../../../../shared/domain/suggestion-templates.ts';
import {
  SUGGESTION_KIND_LABELS,
  SUGGESTION_KINDS,
  type SuggestionKind,
} from '../../../../shared/domain/suggestions.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { queryKeys } from '../../query/query-keys.ts';
import { useShopSettings } from '../../query/useShopSettings.ts';
import { useSuggestionSettings } from '../../query/useSuggestions.ts';
import { notifyDone } from '../BulkActions/notify.tsx';

/** Settings › Message templates: one text per kind, previewed live with sample values and the shop's name. */
export function TemplateEditor() {
  const view = useSuggestionSettings();
  const [kind, setKind] = useState<SuggestionKind>('close_the_loop');
  const saved = view.data?.templates[kind];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="templates-title">
      <Stack>
        <Title order={2} size="h3" id="templates-title">
          Message templates
        </Title>
        <NativeSelect
          label="Kind of follow-up"
          data={SUGGESTION_KINDS.map((value) => ({ value, label: SUGGESTION_KIND_LABELS[value] }))}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as SuggestionKind)}
          maw={320}
        />
        {view.isError && <Alert color="red">{view.error.message}</Alert>}
        {saved !== undefined && (
          <TemplateForm
            key={`${kind}:${saved}`}
            kind={kind}
            saved={saved}
            edited={view.data?.edited.includes(kind) ?? false}
          />
        )}
      </Stack>
    </Paper>
  );
}

function TemplateForm({ kind, saved, edited }: { kind: SuggestionKind; saved: string; edited: boolean }) {
  const call = useCall();
  const client = useQueryClient();
  const shop = useShopSettings();
  const [text, setText] = useState(saved);
  const save = useMutation({
    mutationFn: (next: string | null) => call('suggestions:updateTemplate', { kind, text: next }),
    onSuccess: (data) => {
      client.setQueryData(queryKeys.suggestionSettings, data);
      notifyDone(`Template for “${SUGGESTION_KIND_LABELS[kind]}” saved.`);
    },
  });
  const preview = renderTemplate(text, { ...SAMPLE_MERGE_VALUES, shopName: shop.data?.shopName ?? '' });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(text);
      }}
    >
      <Stack gap="xs">
        <Textarea
          label="Template"
          description={`Merge fields: ${MERGE_FIELDS.map((field) => `{${field}}`).join(' ')}`}
          autosize
          minRows={3}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={save.error?.message}
        />
        <Text size="sm" fw={600}>
          Preview
        </Text>
        <Text size="sm" data-testid="template-preview" style={{ whiteSpace: 'pre-wrap' }}>
          {preview.text}
        </Text>
        {preview.empty.length > 0 && (
          <Alert color="orange" title="Would come out empty">
            {preview.empty.map((field) => MERGE_FIELD_LABELS[field]).join(', ')}
            {preview.empty.includes('shopName') ? ' (set the shop name in Settings › Shop)' : ''}
          </Alert>
        )}
        {preview.unknown.length > 0 && (
          <Alert color="orange" title="Not a merge field">
            {preview.unknown.map((name) => `{${name}}`).join(', ')} will be sent as typed.
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={text.trim() === '' || text === saved}>
            Save template
          </Button>
          {edited && (
            <Button variant="default" onClick={() => save.mutate(null)}>
              Back to the default
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

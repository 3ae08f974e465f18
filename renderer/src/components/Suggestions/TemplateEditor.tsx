import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  MERGE_FIELDS,
  renderTemplate,
  SAMPLE_MERGE_VALUES,
} from '../../../../shared/domain/suggestion-templates.ts';
import { SUGGESTION_KINDS, type SuggestionKind } from '../../../../shared/domain/suggestions.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { queryKeys } from '../../query/query-keys.ts';
import { useShopSettings } from '../../query/useShopSettings.ts';
import { useSuggestionSettings } from '../../query/useSuggestions.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { mergeFieldMessages, messages, suggestionKindMessages } from './Suggestions.messages.ts';

/** Settings › Message templates: one text per kind, previewed live with sample values and the shop's name. */
export function TemplateEditor() {
  const m = useMessages(messages);
  const kindLabels = useMessages(suggestionKindMessages);
  const view = useSuggestionSettings();
  const [kind, setKind] = useState<SuggestionKind>('close_the_loop');
  const saved = view.data?.templates[kind];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="templates-title">
      <Stack>
        <Title order={2} size="h3" id="templates-title">
          {m.messageTemplates}
        </Title>
        <NativeSelect
          label={m.kindOfFollowUp}
          data={SUGGESTION_KINDS.map((value) => ({ value, label: kindLabels[value] }))}
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
  const m = useMessages(messages);
  const kindLabels = useMessages(suggestionKindMessages);
  const fieldLabels = useMessages(mergeFieldMessages);
  const call = useCall();
  const client = useQueryClient();
  const shop = useShopSettings();
  const [text, setText] = useState(saved);
  const save = useMutation({
    mutationFn: (next: string | null) => call('suggestions:updateTemplate', { kind, text: next }),
    onSuccess: (data) => {
      client.setQueryData(queryKeys.suggestionSettings, data);
      notifyDone(m.templateSaved(kindLabels[kind]));
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
          label={m.template}
          description={m.mergeFields(MERGE_FIELDS.map((field) => `{${field}}`).join(' '))}
          autosize
          minRows={3}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={save.error?.message}
        />
        <Text size="sm" fw={600}>
          {m.preview}
        </Text>
        <Text size="sm" data-testid="template-preview" style={{ whiteSpace: 'pre-wrap' }}>
          {preview.text}
        </Text>
        {preview.empty.length > 0 && (
          <Alert color="orange" title={m.wouldComeOutEmpty}>
            {preview.empty.map((field) => fieldLabels[field]).join(', ')}
            {preview.empty.includes('shopName') ? m.setShopName : ''}
          </Alert>
        )}
        {preview.unknown.length > 0 && (
          <Alert color="orange" title={m.notAMergeField}>
            {m.sentAsTyped(preview.unknown.map((name) => `{${name}}`).join(', '), preview.unknown.length)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={text.trim() === '' || text === saved}>
            {m.saveTemplate}
          </Button>
          {edited && (
            <Button variant="default" onClick={() => save.mutate(null)}>
              {m.backToDefault}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

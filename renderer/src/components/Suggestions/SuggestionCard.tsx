import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { fullName } from '../../../../shared/domain/customer.ts';
import { contactLink } from '../../../../shared/domain/suggestion-links.ts';
import { MERGE_FIELDS, type MergeField } from '../../../../shared/domain/suggestion-templates.ts';
import type { Suggestion, SuggestionChannel } from '../../../../shared/domain/suggestions.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { openLink, suggestionExplained, suggestionReasons } from './suggestion-words.ts';
import {
  channelMessages,
  explainMessages,
  mergeFieldMessages,
  messages,
  openMessages,
  suggestionKindMessages,
} from './Suggestions.messages.ts';

const isMergeField = (field: string): field is MergeField =>
  (MERGE_FIELDS as readonly string[]).includes(field);

/** One suggestion: who, why (numbers), the score explained on hover, how, and the drafted text. */
export function SuggestionCard({
  suggestion,
  showName = true,
}: {
  suggestion: Suggestion;
  showName?: boolean;
}) {
  const m = useMessages(messages);
  const explain = useMessages(explainMessages);
  const kindLabels = useMessages(suggestionKindMessages);
  const channelWords = useMessages(channelMessages);
  const openWords = useMessages(openMessages);
  const fieldLabels = useMessages(mergeFieldMessages);
  const { language } = useLanguage();
  const call = useCall();
  const [channel, setChannel] = useState<SuggestionChannel>(suggestion.channel);
  const [message, setMessage] = useState(suggestion.message);
  const name = fullName(suggestion);
  const choices: SuggestionChannel[] = [...suggestion.allowedChannels, 'in_person'];
  const link = contactLink(channel, suggestion, message);

  const act = useMutation({
    mutationFn: async (how: 'open' | 'copy') => {
      if (how === 'copy') await navigator.clipboard.writeText(message);
      const done = await call('suggestions:act', {
        customerId: suggestion.customerId,
        kind: suggestion.kind,
        channel,
        message,
      });
      if (how === 'open' && done.link) openLink(done.link);
      return how;
    },
    onSuccess: (how) => notifyDone(how === 'copy' ? m.copiedAndLogged(name) : m.followUpLogged(name)),
  });

  const label = kindLabels[suggestion.kind];
  const explained = suggestionExplained(suggestion, language);
  const openWord =
    channel === 'email' || channel === 'sms' || channel === 'phone' ? openWords[channel] : openWords.other;
  return (
    <Paper component="li" withBorder p="sm" aria-label={m.cardName(label, name)}>
      <Stack gap={6}>
        <Group gap="xs">
          {showName && (
            <Anchor component={Link} to={paths.customer(suggestion.customerId)} fw={600}>
              {name}
            </Anchor>
          )}
          <Badge variant="light" color={suggestion.service ? 'red' : 'blue'} size="sm">
            {label}
          </Badge>
          <Tooltip
            multiline
            w={360}
            label={explained.score.join(' · ')}
            events={{ hover: true, focus: true, touch: true }}
          >
            <Badge
              variant="outline"
              color="gray"
              size="sm"
              tabIndex={0}
              aria-label={explain.scoreExplained(suggestion.score, explained.score.join('; '))}
            >
              {explain.score(suggestion.score)}
            </Badge>
          </Tooltip>
          {suggestion.alsoKinds.length > 0 && (
            <Text size="xs" c="dimmed">
              {m.also(suggestion.alsoKinds.map((kind) => kindLabels[kind]).join(', '))}
            </Text>
          )}
        </Group>
        {suggestionReasons(suggestion, language).map((reason) => (
          <Text key={reason} size="sm">
            {reason}
          </Text>
        ))}
        <Group gap="xs" align="flex-end">
          <NativeSelect
            label={m.channel}
            size="xs"
            data={choices.map((value) => ({ value, label: channelWords[value] }))}
            value={channel}
            onChange={(event) => setChannel(event.currentTarget.value as SuggestionChannel)}
          />
          <Text size="xs" c="dimmed" pb={6}>
            {channel === suggestion.channel
              ? explained.channelNote
              : channel === 'in_person'
                ? explain.mentionAtNextVisit
                : ''}
          </Text>
        </Group>
        <Textarea
          label={m.message}
          size="sm"
          autosize
          minRows={2}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
        />
        {suggestion.emptyFields.length > 0 && (
          <Text size="xs" c="orange">
            {m.leftEmpty(
              suggestion.emptyFields
                .map((field) => (isMergeField(field) ? fieldLabels[field] : field))
                .join(', '),
            )}
          </Text>
        )}
        {act.isError && <Alert color="red">{act.error.message}</Alert>}
        <Group gap="xs">
          {link !== null && (
            <Button
              size="xs"
              onClick={() => act.mutate('open')}
              loading={act.isPending && act.variables === 'open'}
              disabled={message.trim() === ''}
            >
              {openWord}
            </Button>
          )}
          <Button
            size="xs"
            variant={link === null ? 'filled' : 'default'}
            onClick={() => act.mutate('copy')}
            loading={act.isPending && act.variables === 'copy'}
            disabled={message.trim() === ''}
          >
            {m.copyAndLog}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

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
import { MERGE_FIELD_LABELS, type MergeField } from '../../../../shared/domain/suggestion-templates.ts';
import {
  SUGGESTION_KIND_LABELS,
  type Suggestion,
  type SuggestionChannel,
} from '../../../../shared/domain/suggestions.ts';
import { paths } from '../../app/paths.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { notifyDone } from '../BulkActions/notify.tsx';
import { CHANNEL_WORDS, OPEN_WORDS, openLink } from './suggestion-words.ts';

/** One suggestion: who, why (numbers), the score explained on hover, how, and the drafted text. */
export function SuggestionCard({
  suggestion,
  showName = true,
}: {
  suggestion: Suggestion;
  showName?: boolean;
}) {
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
    onSuccess: (how) =>
      notifyDone(
        how === 'copy' ? `Copied; the follow-up to ${name} is logged.` : `Follow-up to ${name} logged.`,
      ),
  });

  const label = SUGGESTION_KIND_LABELS[suggestion.kind];
  return (
    <Paper component="li" withBorder p="sm" aria-label={`${label}: ${name}`}>
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
            label={suggestion.scoreExplained.join(' · ')}
            events={{ hover: true, focus: true, touch: true }}
          >
            <Badge
              variant="outline"
              color="gray"
              size="sm"
              tabIndex={0}
              aria-label={`Score ${suggestion.score}: ${suggestion.scoreExplained.join('; ')}`}
            >
              Score {suggestion.score}
            </Badge>
          </Tooltip>
          {suggestion.alsoKinds.length > 0 && (
            <Text size="xs" c="dimmed">
              also: {suggestion.alsoKinds.map((kind) => SUGGESTION_KIND_LABELS[kind]).join(', ')}
            </Text>
          )}
        </Group>
        {suggestion.reasons.map((reason) => (
          <Text key={reason} size="sm">
            {reason}
          </Text>
        ))}
        <Group gap="xs" align="flex-end">
          <NativeSelect
            label="Channel"
            size="xs"
            data={choices.map((value) => ({ value, label: CHANNEL_WORDS[value] }))}
            value={channel}
            onChange={(event) => setChannel(event.currentTarget.value as SuggestionChannel)}
          />
          <Text size="xs" c="dimmed" pb={6}>
            {channel === suggestion.channel
              ? suggestion.channelNote
              : channel === 'in_person'
                ? 'Mention it at the next visit.'
                : ''}
          </Text>
        </Group>
        <Textarea
          label="Message"
          size="sm"
          autosize
          minRows={2}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
        />
        {suggestion.emptyFields.length > 0 && (
          <Text size="xs" c="orange">
            Left empty:{' '}
            {suggestion.emptyFields
              .map((field) => MERGE_FIELD_LABELS[field as MergeField] ?? field)
              .join(', ')}
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
              {OPEN_WORDS[channel] ?? 'Open'}
            </Button>
          )}
          <Button
            size="xs"
            variant={link === null ? 'filled' : 'default'}
            onClick={() => act.mutate('copy')}
            loading={act.isPending && act.variables === 'copy'}
            disabled={message.trim() === ''}
          >
            Copy text and log
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

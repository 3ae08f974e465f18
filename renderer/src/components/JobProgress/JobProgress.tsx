import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { JobProgress as Job } from '../../../../shared/domain/imports.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages, phaseMessages } from './JobProgress.messages.ts';

/** Where a long job is, and a way to stop it: a cancelled import or export leaves nothing behind. */
export function JobProgress({ job, label, onCancel }: { job: Job; label: string; onCancel: () => void }) {
  const m = useMessages(messages);
  const phases = useMessages(phaseMessages);
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      <Group justify="space-between">
        <Text size="sm" role="status">
          {phases[job.phase]} {job.total > 0 && m.progress(job.done, job.total)}
        </Text>
        <Button variant="light" color="red" size="compact-sm" onClick={onCancel}>
          {m.cancel}
        </Button>
      </Group>
      <Progress value={job.phase === 'reading' ? 100 : percent} animated aria-label={label} />
    </Stack>
  );
}

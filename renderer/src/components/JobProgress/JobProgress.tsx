import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { JobProgress as Job } from '../../../../shared/domain/imports.ts';

const PHASE_TEXT: Record<Job['phase'], string> = {
  reading: 'Reading the file…',
  checking: 'Checking rows…',
  saving: 'Saving…',
  writing: 'Writing the file…',
  done: 'Done',
};

/** Where a long job is, and a way to stop it: a cancelled import or export leaves nothing behind. */
export function JobProgress({ job, label, onCancel }: { job: Job; label: string; onCancel: () => void }) {
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      <Group justify="space-between">
        <Text size="sm" role="status">
          {PHASE_TEXT[job.phase]}{' '}
          {job.total > 0 && `${job.done.toLocaleString()} of ${job.total.toLocaleString()}`}
        </Text>
        <Button variant="light" color="red" size="compact-sm" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
      <Progress value={job.phase === 'reading' ? 100 : percent} animated aria-label={label} />
    </Stack>
  );
}

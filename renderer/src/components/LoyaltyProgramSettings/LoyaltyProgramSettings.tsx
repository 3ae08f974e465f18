import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { dateText, earningText } from '../../../../shared/domain/loyalty/explain.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { invalidateLoyalty, useLoyaltyProgram } from '../../query/useLoyalty.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { ProgramForm } from './ProgramForm.tsx';

/** Settings → Loyalty program: earning, tiers, rewards, expiry and the birthday bonus, versioned. */
export function LoyaltyProgramSettings() {
  const call = useCall();
  const client = useQueryClient();
  const program = useLoyaltyProgram();
  const current = program.data?.versions.find((version) => version.version === program.data?.current);
  // Versions that take effect after the one in force: scheduled changes.
  const scheduled =
    program.data?.versions.filter((version) => !current || version.effectiveFrom > current.effectiveFrom) ??
    [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="loyalty-program-title">
      <Stack>
        <Title order={2} size="h3" id="loyalty-program-title">
          Loyalty program
        </Title>
        {program.isError && <Alert color="red">{program.error.message}</Alert>}
        <Text size="sm" c="dimmed">
          {current
            ? `Version ${current.version}, since ${dateText(current.effectiveFrom)}. ${earningText(current.program)}`
            : 'No program yet: customers earn nothing until one is saved.'}
        </Text>
        {scheduled.map((version) => (
          <Text key={version.version} size="sm">
            Version {version.version} takes effect on {dateText(version.effectiveFrom)}.
          </Text>
        ))}
        {program.isSuccess && (
          <ProgramForm
            // A new form when another version is saved, so it shows what is in force.
            key={program.data.versions.length}
            current={current?.program}
            preview={(change) => call('loyalty:preview', change)}
            save={async (change) => {
              const saved = await call('loyalty:setProgram', change);
              notifyDone(`Loyalty program saved (version ${saved.version.version}).`);
              await invalidateLoyalty(client, []);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

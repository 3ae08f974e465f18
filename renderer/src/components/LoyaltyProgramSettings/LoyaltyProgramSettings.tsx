import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { LoyaltyProgram } from '../../../../shared/domain/loyalty/program.ts';
import { useCall } from '../../bridge/BridgeProvider.tsx';
import { formatDate } from '../../format/dates.ts';
import { formatMoney } from '../../format/money.ts';
import type { MessagesIn } from '../../i18n/define-messages.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { invalidateLoyalty, useLoyaltyProgram } from '../../query/useLoyalty.ts';
import { notifyDone } from '../BulkActions/notify.tsx';
import { loyaltyWords } from '../LoyaltySection/LoyaltySection.messages.ts';
import { messages } from './LoyaltyProgramSettings.messages.ts';
import { ProgramForm } from './ProgramForm.tsx';

/** How points are earned, rounding included. */
function earningText(w: MessagesIn<typeof loyaltyWords>, program: LoyaltyProgram): string {
  const { pointsPerUnit, spendUnitMinor, pointsPerVisit, visitMinSpendMinor } = program.earn;
  return w.earning(
    pointsPerUnit,
    formatMoney(spendUnitMinor),
    pointsPerVisit,
    visitMinSpendMinor > 0 ? formatMoney(visitMinSpendMinor) : null,
  );
}

/** Settings → Loyalty program: earning, tiers, rewards, expiry and the birthday bonus, versioned. */
export function LoyaltyProgramSettings() {
  const m = useMessages(messages);
  const w = useMessages(loyaltyWords);
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
          {m.loyaltyProgram}
        </Title>
        {program.isError && <Alert color="red">{program.error.message}</Alert>}
        <Text size="sm" c="dimmed">
          {current
            ? m.currentVersion(
                current.version,
                formatDate(current.effectiveFrom),
                earningText(w, current.program),
              )
            : m.noProgramYet}
        </Text>
        {scheduled.map((version) => (
          <Text key={version.version} size="sm">
            {m.scheduledVersion(version.version, formatDate(version.effectiveFrom))}
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
              notifyDone(m.saved(saved.version.version));
              await invalidateLoyalty(client, []);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

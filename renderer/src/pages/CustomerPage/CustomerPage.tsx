import { Loader, Paper, Stack, Title } from '@mantine/core';
import { useLocation, useParams } from 'react-router';
import { DeleteCustomerButton } from '../../components/BulkActions/DeleteCustomerButton.tsx';
import { CustomFieldsSection } from '../../components/CustomFieldsSection/CustomFieldsSection.tsx';
import { CustomerFacts } from '../../components/CustomerFacts/CustomerFacts.tsx';
import { CustomerOutlook } from '../../components/CustomerOutlook/CustomerOutlook.tsx';
import { CustomerHeader } from '../../components/CustomerDetails/CustomerHeader.tsx';
import { CustomerSuggestions } from '../../components/Suggestions/CustomerSuggestions.tsx';
import { CustomerQueryError } from '../../components/CustomerQueryError/CustomerQueryError.tsx';
import { LoyaltySection } from '../../components/LoyaltySection/LoyaltySection.tsx';
import { PrivacySection } from '../../components/PrivacySection/PrivacySection.tsx';
import { QuickLog } from '../../components/QuickLog/QuickLog.tsx';
import { isStartLogging } from '../../components/Spotlight/spotlight-state.ts';
import { Timeline } from '../../components/Timeline/Timeline.tsx';
import { useCustomerProfile } from '../../query/useCustomerProfile.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './CustomerPage.messages.ts';

/** The customer's whole story: who they are, the key facts, the log form and the timeline. */
export function CustomerPage() {
  const m = useMessages(messages);
  const { id = '' } = useParams();
  const location = useLocation();
  const profile = useCustomerProfile(id);

  if (profile.isError)
    return <CustomerQueryError error={profile.error} retry={() => void profile.refetch()} />;
  if (!profile.isSuccess) return <Loader aria-label={m.loadingCustomer} />;
  const { customer, facts, interactions } = profile.data;

  return (
    <Stack maw={1040}>
      <CustomerHeader customer={customer} />
      {/* The owner's own fields (Settings › Custom fields); nothing when there are none. */}
      <CustomFieldsSection customer={customer} />
      <CustomerFacts facts={facts} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {m.logInteraction}
          </Title>
          <QuickLog
            // Every arrival (the spotlight included) starts a fresh form with the cursor in Amount.
            key={`${customer.id}:${location.key}`}
            customerId={customer.id}
            startedFromSpotlight={isStartLogging(location.state)}
          />
        </Stack>
      </Paper>
      <LoyaltySection customerId={customer.id} />
      <CustomerOutlook customerId={customer.id} />
      <CustomerSuggestions customerId={customer.id} />
      <Timeline
        key={customer.id}
        customerId={customer.id}
        // Entries from an invalidated profile may be out of date: then the timeline fetches its own.
        firstPage={profile.isStale ? undefined : interactions}
      />
      <PrivacySection customer={customer} />
      <DeleteCustomerButton customer={customer} />
    </Stack>
  );
}

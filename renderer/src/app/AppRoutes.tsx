import { Route, Routes } from 'react-router';
import { AuditPage } from '../pages/AuditPage/AuditPage.tsx';
import { CustomerPage } from '../pages/CustomerPage/CustomerPage.tsx';
import { CustomersPage } from '../pages/CustomersPage/CustomersPage.tsx';
import { DuplicatesPage } from '../pages/DuplicatesPage/DuplicatesPage.tsx';
import { HelpPage } from '../pages/HelpPage/HelpPage.tsx';
import { EditCustomerPage } from '../pages/EditCustomerPage/EditCustomerPage.tsx';
import { ExportPage } from '../pages/ExportPage/ExportPage.tsx';
import { ImportPage } from '../pages/ImportPage/ImportPage.tsx';
import { NewCustomerPage } from '../pages/NewCustomerPage/NewCustomerPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage/NotFoundPage.tsx';
import { SettingsPage } from '../pages/SettingsPage/SettingsPage.tsx';
import { TodayPage } from '../pages/TodayPage/TodayPage.tsx';
import { TrashPage } from '../pages/TrashPage/TrashPage.tsx';
import { CustomerSetPage } from '../pages/CustomerSetPage/CustomerSetPage.tsx';
import { InsightsPage } from '../pages/InsightsPage/InsightsPage.tsx';
import { SegmentEditorPage } from '../pages/SegmentEditorPage/SegmentEditorPage.tsx';
import { SegmentsPage } from '../pages/SegmentsPage/SegmentsPage.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<TodayPage />} />
      <Route path="/customers" element={<CustomersPage />} />
      <Route path="/customers/new" element={<NewCustomerPage />} />
      <Route path="/customers/:id" element={<CustomerPage />} />
      <Route path="/customers/:id/edit" element={<EditCustomerPage />} />
      <Route path="/duplicates" element={<DuplicatesPage />} />
      <Route path="/trash" element={<TrashPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/help" element={<HelpPage />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/export" element={<ExportPage />} />
      <Route path="/audit" element={<AuditPage />} />
      <Route path="/insights" element={<InsightsPage />} />
      <Route path="/insights/customers" element={<CustomerSetPage />} />
      <Route path="/segments" element={<SegmentsPage />} />
      <Route path="/segments/new" element={<SegmentEditorPage />} />
      <Route path="/segments/:id" element={<SegmentEditorPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

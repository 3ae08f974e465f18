import ts from 'typescript';
import { expect, it } from 'vitest';
import { findUntranslated } from './find-untranslated.ts';
import { listUntranslated } from './list-untranslated.ts';

it('finds the kinds of text the interface shows, so the check below cannot pass by reading nothing', () => {
  const sample = `
    const SCHEMES = [{ value: 'auto', label: 'System' }];
    notifications.show({ title: 'Saved', message: \`Saved \${name}\` });
    function status(n) { return n > 1 ? 'Overdue' : 'Due soon'; }
    export const X = () => (
      <Stack gap="xs" data-testid="list">
        <Title order={2}>Customers</Title>
        <TextInput label="Phone" placeholder="Name or phone" aria-label={\`Remove \${tag}\`} />
        {busy ? 'Saving…' : null}
        <Button>{m.save}</Button> ·
      </Stack>
    );`;
  const found = findUntranslated(
    ts.createSourceFile('x.tsx', sample, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX),
  );
  expect(found.map((f) => f.text)).toEqual([
    'System',
    'Saved',
    'Saved ${name}',
    'Overdue',
    'Due soon',
    'Customers',
    'Phone',
    'Name or phone',
    'Remove ${tag}',
    'Saving…',
  ]);
});

it('leaves no text in the interface that bypasses the translations', () => {
  expect(listUntranslated()).toEqual([]);
});

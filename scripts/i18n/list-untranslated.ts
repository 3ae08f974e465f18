import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { findUntranslated } from './find-untranslated.ts';

/** The interface's sources: renderer/src, without tests, test helpers and the messages themselves. */
export const INTERFACE_ROOT = join(import.meta.dirname, '..', '..', 'renderer', 'src');

function interfaceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : interfaceFiles(path);
    const isSource = /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts');
    const isTest = /\.test\.tsx?$/.test(entry.name);
    return isSource && !isTest && !entry.name.endsWith('.messages.ts') ? [path] : [];
  });
}

/** "components/X/X.tsx:12  Save" for every text that bypasses the translations under `folder`. */
export function listUntranslated(folder: string = INTERFACE_ROOT): string[] {
  return interfaceFiles(folder).flatMap((path) => {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    return findUntranslated(source).map(
      ({ line, text }) => `${relative(INTERFACE_ROOT, path)}:${line}  ${text}`,
    );
  });
}

// `node scripts/i18n/list-untranslated.ts [folder]` prints what is left to translate.
if (import.meta.main) {
  const folder = process.argv[2] ? join(process.cwd(), process.argv[2]) : INTERFACE_ROOT;
  for (const line of listUntranslated(folder)) console.log(line);
}

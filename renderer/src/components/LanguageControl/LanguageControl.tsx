import { NativeSelect } from '@mantine/core';
import { ENDONYMS } from '../../i18n/endonyms.messages.ts';
import { isLanguage, LANGUAGES } from '../../i18n/languages.ts';
import { useLanguage } from '../../i18n/LanguageProvider.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { messages } from './LanguageControl.messages.ts';

/** The interface's language, switched at once and remembered on this computer. */
export function LanguageControl() {
  const m = useMessages(messages);
  const { language, setLanguage } = useLanguage();
  return (
    <NativeSelect
      aria-label={m.language}
      size="xs"
      value={language}
      data={LANGUAGES.map((value) => ({ value, label: ENDONYMS[value] }))}
      onChange={(event) => {
        if (isLanguage(event.currentTarget.value)) setLanguage(event.currentTarget.value);
      }}
    />
  );
}

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { detectLanguage, isLanguage, type Language } from './languages.ts';

/** A preference of this screen (like the theme), not shop data: kept in this window's storage. */
export const LANGUAGE_STORAGE_KEY = 'regulars-language';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    // Storage can be switched off; the computer's language still applies.
    return null;
  }
}

/**
 * The language on screen, for plain functions that word text outside a component (a field's
 * error message): the stored choice is written before the switch re-renders anything.
 * Components use `useMessages`, which also re-renders them on a switch.
 */
export function currentLanguage(): Language {
  return initialLanguage();
}

export function initialLanguage(): Language {
  return (
    storedLanguage() ??
    detectLanguage(navigator.languages.length ? navigator.languages : [navigator.language])
  );
}

/** Chosen once by the user, else the computer's language; `<html lang>` follows for screen readers. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not remembered across launches, but switched for now.
    }
    setState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext value={value}>{children}</LanguageContext>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage needs a LanguageProvider above it (AppProviders has one).');
  return state;
}

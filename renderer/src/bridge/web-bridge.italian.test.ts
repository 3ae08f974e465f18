import { afterEach, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../i18n/LanguageProvider.tsx';
import { createWebBridge } from './web-bridge.ts';

afterEach(() => localStorage.clear());

it('words its own failures in the language on screen at the time of the call', async () => {
  const bridge = createWebBridge({ token: null });
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'it');
  expect(await bridge.invoke('app:info', {})).toMatchObject({
    ok: false,
    error: {
      message: expect.stringMatching(/^Il codice di accesso di questo link manca o è sbagliato\./) as unknown,
    },
  });
  localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
  expect(await bridge.invoke('app:info', {})).toMatchObject({
    ok: false,
    error: { message: expect.stringMatching(/^This link's access token is missing or wrong\./) as unknown },
  });
});

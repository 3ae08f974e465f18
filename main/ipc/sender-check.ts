import { isAppUrl, type AppUrlOptions } from '../window/trusted-url.ts';

/** The parts of an IpcMainInvokeEvent the check reads; structural, so tests need no Electron. */
export interface InvokeSender {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface TrustedSender {
  /** The id of our window's webContents, or undefined while there is no window. */
  webContentsId(): number | undefined;
  appUrl: AppUrlOptions;
}

/**
 * Only the top frame of our own window, showing our own page, may call the core. An iframe, a
 * page that navigated elsewhere, or any other webContents is refused before its input is read.
 */
export function isTrustedSender(event: InvokeSender, trusted: TrustedSender): boolean {
  const frame = event.senderFrame;
  // senderFrame is null once the frame has navigated away or been destroyed.
  if (frame === null) return false;
  if (frame.parent !== null) return false;
  const ourId = trusted.webContentsId();
  if (ourId === undefined || event.sender.id !== ourId) return false;
  return isAppUrl(frame.url, trusted.appUrl);
}

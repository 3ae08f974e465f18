import {
  events,
  type Bridge,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type EventName,
  type EventPayload,
} from '../../../shared/ipc/contract.ts';
import type { AppErrorData, Result } from '../../../shared/ipc/result.ts';
import { API_PREFIX } from '../../../shared/ipc/web-protocol.ts';
import { pickLanguage } from '../i18n/define-messages.ts';
import { currentLanguage } from '../i18n/LanguageProvider.tsx';
import { messages } from './bridge.messages.ts';
import { createSseParser, type SseMessage } from './sse-parser.ts';

/** The English wording (what the tests compare); the page reads it in the language on screen. */
export const UNREACHABLE_MESSAGE = messages.unreachable.en;
export const UNAUTHORIZED_MESSAGE = messages.unauthorized.en;

/** Worded when it happens: the language may have been switched since the bridge was made. */
function say(key: keyof typeof messages): string {
  return pickLanguage(messages, currentLanguage())[key];
}

export interface WebBridgeOptions {
  /** The bearer token the web transport printed; null when the page was opened without it. */
  token: string | null;
  fetch?: typeof fetch;
  /** First delay before the event stream reconnects; it doubles after each failure up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
}

type AnyListener = (payload: unknown) => void;

function failure(message: string): { ok: false; error: AppErrorData } {
  return { ok: false, error: { code: 'internal', message } };
}

function looksLikeResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  return body.ok === true ? 'data' in body : body.ok === false && 'error' in body;
}

function isEventName(name: string): name is EventName {
  return Object.hasOwn(events, name);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** The contract over loopback HTTP, for the browser and the end-to-end tests (see shared/ipc/web-protocol.ts). */
export function createWebBridge({
  token,
  fetch: fetchImpl = (input, init) => globalThis.fetch(input, init),
  retryMs = 1000,
  maxRetryMs = 30_000,
}: WebBridgeOptions): Bridge {
  const authorization = { Authorization: `Bearer ${token ?? ''}` };
  const listeners = new Map<EventName, Set<AnyListener>>();
  let stream: AbortController | null = null;

  const deliver = ({ event, data }: SseMessage) => {
    if (!isEventName(event)) return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = events[event].safeParse(json);
    if (!parsed.success) return;
    for (const listener of listeners.get(event) ?? []) {
      // One failing listener must not keep the others from hearing about the change.
      try {
        listener(parsed.data);
      } catch (error) {
        console.error(error);
      }
    }
  };

  const readEvents = async (signal: AbortSignal) => {
    let delay = retryMs;
    while (!signal.aborted) {
      try {
        const response = await fetchImpl(`${API_PREFIX}/events`, {
          headers: { ...authorization, Accept: 'text/event-stream' },
          signal,
        });
        if (response.ok && response.body) {
          delay = retryMs;
          const reader = response.body.getReader();
          const decoder = new TextDecoder();
          const push = createSseParser(deliver);
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            push(decoder.decode(value, { stream: true }));
          }
        }
      } catch {
        // A refused connection or a dropped stream: both are retried below.
      }
      if (signal.aborted) return;
      await sleep(delay, signal);
      delay = Math.min(delay * 2, maxRetryMs);
    }
  };

  return {
    async invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
      if (!token) return failure(say('unauthorized'));
      let response: Response;
      try {
        response = await fetchImpl(`${API_PREFIX}/invoke/${channel}`, {
          method: 'POST',
          headers: { ...authorization, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
      } catch {
        return failure(say('unreachable'));
      }
      if (response.status === 401) return failure(say('unauthorized'));
      try {
        const body: unknown = await response.json();
        // The server answers every call of the contract with a Result of that channel's output.
        if (looksLikeResult(body)) return body as Result<ChannelOutput<C>>;
      } catch {
        // Not JSON: something other than Regulars answered (a proxy, a crashed server).
      }
      return failure(say('unreachable'));
    },

    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      // The payload was checked against events[event] in deliver().
      const wrapped: AnyListener = (payload) => listener(payload as EventPayload<E>);
      const set = listeners.get(event) ?? new Set();
      set.add(wrapped);
      listeners.set(event, set);
      // One stream serves every listener; EventSource is no use since it cannot send the token.
      if (!stream && token) {
        stream = new AbortController();
        void readEvents(stream.signal);
      }
      return () => {
        set.delete(wrapped);
        const remaining = [...listeners.values()].reduce((count, each) => count + each.size, 0);
        if (remaining === 0 && stream) {
          stream.abort();
          stream = null;
        }
      };
    },
  };
}

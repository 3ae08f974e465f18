import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import {
  isPhoneRegion,
  normalizePhone,
  phoneWith,
  type NormalizedPhone,
} from '../../../shared/domain/phone.ts';

// libphonenumber takes 10 to 30 µs to read a number: it builds its patterns anew on every call, and
// tries in turn each country that shares a calling code (25 for +1). At 100k numbers that was half
// of planning an import. So a worker thread reads the file's numbers from its last row backwards
// while the plan, on this thread, reads them from the first row as it meets them: each side stops
// where the other has been. The worker only saves time; whatever it has not read, or cannot read
// (it failed to start), this thread reads itself, with the same library and the same rule.

/** Below this many distinct numbers, starting a thread costs more than it saves. */
const READ_AHEAD_FROM = 2000;

/** Numbers the worker reads between two messages. */
const CHUNK = 256;

// Plain CommonJS run with `eval`, so it needs no file of its own in the Electron bundle (as the
// file check's worker). The library is required by its resolved path. Its answer is normalizePhone's:
// E.164 for a valid number, '' otherwise; digits are counted on this side (phoneWith).
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { parsePhoneNumberFromString } = require(workerData.library);
const { numbers, port, claimed, region } = workerData;
const options = region === '' ? undefined : { defaultCountry: region };
for (let end = numbers.length; end > 0; end -= ${CHUNK}) {
  const start = Math.max(0, end - ${CHUNK});
  if (Atomics.load(claimed, 0) >= start) break;
  const e164 = [];
  for (let i = start; i < end; i++) {
    const parsed = parsePhoneNumberFromString(numbers[i], options);
    e164.push(parsed !== undefined && parsed.isValid() ? parsed.number : '');
  }
  port.postMessage({ start, e164 });
}
port.close();
`;

interface AheadMessage {
  start: number;
  e164: string[];
}

export interface PhoneReader {
  /** The number as normalizePhone reads it with the shop's country; each distinct number once. */
  read(raw: string): NormalizedPhone;
  /** Takes what the worker has read so far; returns how many numbers it has read in all. */
  takeAhead(): number;
  /** How many numbers this thread read itself. */
  readHere(): number;
  /** Stops the worker; what it read stays known. Safe to call more than once. */
  stopAhead(): void;
}

export interface PhoneReaderOptions {
  /** Start the worker from this many distinct numbers. */
  aheadFrom?: number;
  /** The library the worker requires: only tests change it, to see a worker that fails. */
  library?: string;
}

let libraryPath: string | undefined;

/**
 * Reads phone numbers for one import. `ahead` is what the plan will ask for, in the order it
 * will ask (each row's first number): a hint, since any other number is read here when asked.
 */
export function createPhoneReader(
  country: string,
  ahead: readonly string[],
  options: PhoneReaderOptions = {},
): PhoneReader {
  const known = new Map<string, NormalizedPhone>();
  const position = new Map<string, number>();
  for (const raw of ahead) if (!position.has(raw)) position.set(raw, position.size);
  const numbers = [...position.keys()];
  let here = 0;
  let taken = 0;
  let worker: Worker | null = null;
  let port: MessagePort | null = null;
  // The furthest number this thread has read itself: the worker stops before reaching it.
  const claimed = new Int32Array(new SharedArrayBuffer(4));
  claimed[0] = -1;

  if (position.size >= (options.aheadFrom ?? READ_AHEAD_FROM)) {
    const channel = new MessageChannel();
    port = channel.port1;
    libraryPath ??= createRequire(import.meta.url).resolve('libphonenumber-js/max');
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        library: options.library ?? libraryPath,
        numbers,
        port: channel.port2,
        claimed,
        region: isPhoneRegion(country) ? country : '',
      },
      transferList: [channel.port2],
    });
    // A worker that fails only leaves its numbers to this thread.
    worker.on('error', () => {});
    worker.unref();
  }

  const takeAhead = (): number => {
    if (port === null) return taken;
    for (let next = receiveMessageOnPort(port); next !== undefined; next = receiveMessageOnPort(port)) {
      const { start, e164 } = next.message as AheadMessage;
      e164.forEach((number, i) => {
        const raw = numbers[start + i];
        if (raw !== undefined && !known.has(raw)) known.set(raw, phoneWith(raw, number));
      });
      taken += e164.length;
    }
    return taken;
  };

  return {
    read(raw) {
      let phone = known.get(raw);
      if (phone !== undefined) return phone;
      takeAhead();
      phone = known.get(raw);
      if (phone !== undefined) return phone;
      const at = position.get(raw);
      if (at !== undefined && at > claimed[0]!) Atomics.store(claimed, 0, at);
      phone = normalizePhone(raw, country);
      known.set(raw, phone);
      here += 1;
      return phone;
    },
    takeAhead,
    readHere: () => here,
    stopAhead() {
      Atomics.store(claimed, 0, 0x7fffffff);
      void worker?.terminate();
      port?.close();
      worker = null;
      port = null;
    },
  };
}

import type { Bridge, Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.ts';
import type { AppErrorData, ErrorCode } from '../../../shared/ipc/result.ts';

/** A failed call, thrown so TanStack Query and forms see it as an error, with the code and field kept. */
export class AppCallError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor({ code, message, field }: AppErrorData) {
    super(message);
    this.name = 'AppCallError';
    this.code = code;
    this.field = field;
  }
}

export type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

export function createCall(bridge: Bridge): Call {
  return async (channel, input) => {
    let result;
    try {
      result = await bridge.invoke(channel, input);
    } catch (error) {
      // Bridges answer with data; a rejection means the transport itself broke.
      throw new AppCallError({
        code: 'internal',
        message: error instanceof Error ? error.message : String(error),
      });
    }
    if (result.ok) return result.data;
    throw new AppCallError(result.error);
  };
}

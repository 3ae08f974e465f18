/**
 * The router state the spotlight opens a customer with: the customer page then reads the Enter
 * that follows as "start logging" rather than "log a visit without an amount".
 */
export const START_LOGGING = { startLogging: true } as const;

export function isStartLogging(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && 'startLogging' in state && state.startLogging === true
  );
}

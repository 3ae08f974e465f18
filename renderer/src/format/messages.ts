/** The core names the field in front of its message ("fields.email: must …"); next to the field that is redundant. */
export function withoutFieldPrefix(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

/**
 * Schema messages are fragments written to follow the field's name ("must look like
 * name@example.com"), so they read "Email must look like name@example.com"; whole sentences
 * ("The customer code A7 is already used…") are left as they are.
 */
export function fieldMessage(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}` : message;
}

/** The first message of a field's error, including errors on one item of a list field such as tags. */
export function firstErrorMessage(error: unknown): string | undefined {
  if (Array.isArray(error)) {
    for (const item of error) {
      const message = firstErrorMessage(item);
      if (message) return message;
    }
  }
  if (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  ) {
    return error.message || undefined;
  }
  return undefined;
}

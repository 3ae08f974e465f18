import type { z } from 'zod';
import { AppError } from './errors.ts';

/** Names the field and the reason of the first problem, e.g. "email: must look like name@example.com". */
export function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  const field = issue.path.map(String).join('.');
  return { field, message: field ? `${field}: ${issue.message}` : issue.message };
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  if (!first) throw new AppError('invalid_input', 'The input is not valid.');
  const { field, message } = describeIssue(first);
  throw new AppError('invalid_input', message, field || undefined);
}

import type { CoreContext } from '../context.ts';
import { storageErrorOf, type StorageContext } from '../db/storage-errors.ts';
import { AppError } from '../errors.ts';

/** The message a failed backup or restore is reported with: specific when the disk is the cause. */
export function describeFailure(ctx: CoreContext, error: unknown, about?: StorageContext): string {
  return asAppError(ctx, error, about).message;
}

export function asAppError(ctx: CoreContext, error: unknown, about?: StorageContext): AppError {
  if (error instanceof AppError) return error;
  const storage = storageErrorOf(ctx, error, about);
  if (storage) return storage;
  return new AppError('internal', error instanceof Error ? error.message : String(error));
}

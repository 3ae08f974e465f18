import { z } from 'zod';

export const STAFF_ROLES = ['owner', 'manager', 'staff'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Mantine palette names: readable in light and dark themes, and a small set to choose from. */
export const STAFF_COLORS = [
  'teal',
  'blue',
  'grape',
  'orange',
  'red',
  'pink',
  'cyan',
  'lime',
  'indigo',
  'yellow',
] as const;

export const staffSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  initials: z.string(),
  color: z.string(),
  role: z.enum(STAFF_ROLES),
  active: z.boolean(),
  createdAt: z.number().int(),
});
export type Staff = z.infer<typeof staffSchema>;

export const staffInputSchema = z.strictObject({
  displayName: z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters'),
  /** Empty means "derive from the name" (Sam Okafor → SO). */
  initials: z
    .string()
    .trim()
    .max(3, 'must be at most 3 characters')
    .regex(/^\p{L}*$/u, 'must be letters only')
    .default(''),
  color: z.enum(STAFF_COLORS).default('teal'),
  active: z.boolean().default(true),
});
export type StaffInput = z.input<typeof staffInputSchema>;

export function initialsOf(displayName: string): string {
  const words = displayName.trim().split(/\s+/).filter(Boolean);
  const letters = words.length === 1 ? [...(words[0] ?? '')].slice(0, 2) : words.map((word) => [...word][0]);
  return letters.slice(0, 3).join('').toUpperCase();
}

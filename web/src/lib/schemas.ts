import { z } from 'zod';
import { password } from '../../../shared/schemas/common.ts';

/**
 * Client-only form shapes built on the shared API schemas. "Repeat password" never reaches the
 * server; it exists to catch typos in a field the user cannot see.
 */
export const newPasswordFields = {
  password,
  repeatPassword: z.string(),
};

export function passwordsMatch(value: { password: string; repeatPassword: string }): boolean {
  return value.password === value.repeatPassword;
}

export const mismatch = { path: ['repeatPassword'], error: 'password_mismatch' };

/** Empty optional inputs arrive as '' from a form; the API wants them absent or null. */
export function emptyToNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}

/** Key of an explicit "none"/"all" option in a select; `chosen` maps it back to absent. */
export const NO_VALUE = '_none';

/** A select's submitted value: '' (nothing chosen) and the explicit "none/all" option mean absent. */
export function chosen(value: string): string | undefined {
  return value === '' || value === NO_VALUE ? undefined : value;
}

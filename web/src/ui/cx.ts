/**
 * Joins CSS Module class names and skips the empty ones, so a modifier that depends on state reads
 * `cx(buttons.button, pending && buttons['is-pending'])` instead of a template string. (A module
 * reference is `string | undefined` under noUncheckedIndexedAccess, hence the wide parameter type.)
 */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

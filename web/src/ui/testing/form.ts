import type { FormController } from '../../lib/form.ts';

/** A form controller with fixed field errors, for rendering fields outside a real form. */
export function fakeForm(fieldErrors: Record<string, string> = {}): FormController {
  return {
    fieldId: (name) => `test-${name}`,
    fieldErrors,
    summary: [],
    failedAttempt: 0,
    summaryRef: { current: null },
    pending: false,
    handleSubmit: (event) => event.preventDefault(),
  };
}

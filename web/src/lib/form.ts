import { type FormEvent, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api.ts';
import { errorMessage, issueMessage } from './errors.ts';

export type SummaryItem = { fieldId: string | null; message: string };

export type FormController = {
  /** Unique DOM id of a field, so the error summary can link to it. */
  fieldId: (name: string) => string;
  fieldErrors: Record<string, string>;
  summary: SummaryItem[];
  /** Changes each time a submit fails, so the summary knows to take focus. */
  failedAttempt: number;
  summaryRef: RefObject<HTMLDivElement | null>;
  pending: boolean;
  handleSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

type Options<S extends z.ZodType> = {
  /** Prefix for field ids; must be unique on the page. */
  id: string;
  schema: S;
  /** Field name → visible label, in the order the fields appear. */
  labels: Record<string, string>;
  /** Reads the raw input from the form; what the schema parses and what "empty" is judged on. */
  read: (data: FormData) => Record<string, unknown>;
  submit: (value: z.output<S>, form: HTMLFormElement) => Promise<unknown>;
  /** API error codes that belong to one field (e.g. `totp_invalid` → `code`). */
  codeFields?: Record<string, string>;
  /**
   * Explains a server error the generic mapping cannot, e.g. a 422 whose `details` list several
   * reasons. Return undefined to fall back to the generic mapping.
   */
  mapError?: (error: unknown) => { fields?: Record<string, string>; general?: string[] } | undefined;
};

/**
 * The shared submit cycle of every form: validate with the shared zod schema, send, and turn
 * failures (client or server) into per-field messages plus a summary that takes focus, as
 * DKFDS and WCAG 3.3.1 ask.
 */
export function useForm<S extends z.ZodType>(options: Options<S>): FormController {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [failedAttempt, setFailedAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const fieldId = useCallback((name: string) => `${options.id}-${name}`, [options.id]);

  useEffect(() => {
    if (failedAttempt > 0) summaryRef.current?.focus();
  }, [failedAttempt]);

  const fail = useCallback(
    (errors: Record<string, string>, general: string[]) => {
      const { labels } = optionsRef.current;
      const ordered = Object.keys(labels).filter((name) => errors[name]);
      setFieldErrors(errors);
      setSummary([
        ...general.map((message) => ({ fieldId: null, message })),
        ...ordered.map((name) => ({ fieldId: fieldId(name), message: errors[name] ?? '' })),
      ]);
      setFailedAttempt((n) => n + 1);
    },
    [fieldId],
  );

  const handleSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (pending) return;
      const form = event.currentTarget;
      const { schema, labels, read, submit, codeFields, mapError } = optionsRef.current;
      const raw = read(new FormData(form));

      const collect = (issues: { path: readonly PropertyKey[]; code: string; message: string }[]) => {
        const errors: Record<string, string> = {};
        const general: string[] = [];
        for (const issue of issues) {
          const name = typeof issue.path[0] === 'string' ? issue.path[0] : null;
          if (name && name in labels) {
            const isChoice = form.elements.namedItem(name) instanceof HTMLSelectElement;
            errors[name] ??= issueMessage(t, issue, name, labels[name] ?? name, raw[name], isChoice);
          } else {
            // Not a visible field: the token from the link, or something the user cannot fix here.
            const message = name === 'token' ? t('errors.token_invalid') : t('errors.validation_failed');
            if (!general.includes(message)) general.push(message);
          }
        }
        return { errors, general };
      };

      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const { errors, general } = collect(parsed.error.issues);
        fail(errors, general);
        return;
      }
      setPending(true);
      submit(parsed.data, form)
        .then(() => {
          setFieldErrors({});
          setSummary([]);
        })
        .catch((error: unknown) => {
          const mapped = mapError?.(error);
          if (mapped) {
            fail(mapped.fields ?? {}, mapped.general ?? []);
            return;
          }
          if (error instanceof ApiError && error.issues.length > 0) {
            const { errors, general } = collect(error.issues);
            fail(errors, general);
            return;
          }
          const field = error instanceof ApiError ? codeFields?.[error.code] : undefined;
          if (field) fail({ [field]: errorMessage(t, error) }, []);
          else fail({}, [errorMessage(t, error)]);
        })
        .finally(() => setPending(false));
    },
    [fail, pending, t],
  );

  return { fieldId, fieldErrors, summary, failedAttempt, summaryRef, pending, handleSubmit };
}

/** A FormData value as a string, untrimmed (the schemas trim); absent fields become ''. */
export function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

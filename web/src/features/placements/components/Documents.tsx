import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Page.tsx';
import type { PlacementDetail } from '../api.ts';
import forms from '../../../ui/forms.module.css';
import buttons from '../../../ui/buttons.module.css';
import { cx } from '../../../ui/cx.ts';
import { saveResponse } from '../../../lib/download.ts';

type Doc = 'employment-statement' | 'parent-letter';

/**
 * Downloads the placement's Danish documents (PDF). Fetched rather than linked, so a refusal (not
 * required at 3 hours a week or less, not needed for an adult) shows as a message on the page
 * instead of saving an error as a file.
 */
async function download(p: PlacementDetail, doc: Doc, force: boolean): Promise<string | null> {
  const url = `/api/programmes/${p.programmeId}/placements/${p.id}/documents/${doc}.pdf${force ? '?force=true' : ''}`;
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string } } | null;
    return body?.error?.code ?? `http_${res.status}`;
  }
  await saveResponse(res, `${doc}.pdf`);
  return null;
}

export function Documents({ p }: { p: PlacementDetail }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!p.agreement) return null;
  const optional = p.agreement.hoursPerWeek <= 3;
  const get = async (doc: Doc) => {
    setBusy(true);
    setError(await download(p, doc, doc === 'employment-statement' && optional));
    setBusy(false);
  };
  return (
    <Section id="documents" title={t('placements.documents.title')}>
      {optional && <p className={forms.field__hint}>{t('placements.documents.statementOptional')}</p>}
      <div className={buttons['form-actions']}>
        <Button
          className={cx(buttons.button, buttons['button--secondary'])}
          isDisabled={busy}
          onPress={() => void get('employment-statement')}
        >
          {t('placements.documents.statement')}
        </Button>
        {/* The employer gets the statement only: the letter to the parents is between the programme and the family. */}
        {p.actingAs !== 'employer' && (
          <Button className={cx(buttons.button, buttons['button--secondary'])} isDisabled={busy} onPress={() => void get('parent-letter')}>
            {t('placements.documents.parentLetter')}
          </Button>
        )}
      </div>
      {error && (
        <p className={forms.field__error} role="alert">
          {t([`placements.documents.errors.${error}`, `errors.${error}`, 'errors.generic'])}
        </p>
      )}
    </Section>
  );
}

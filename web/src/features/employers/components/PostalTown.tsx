import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { postalCodeQuery } from '../api.ts';
import forms from '../../../ui/forms.module.css';
import employers from '../employers.module.css';
import { cx } from '../../../ui/cx.ts';

/**
 * The town of the postal code being typed, announced politely so the user hears whether the code
 * is known without leaving the field. The live region is always rendered so changes are read.
 */
export function PostalTown({ code, id }: { code: string; id?: string }) {
  const { t } = useTranslation();
  const valid = /^\d{4}$/.test(code.trim());
  const town = useQuery({ ...postalCodeQuery(code.trim()), enabled: valid });
  let message = '';
  if (valid && town.isSuccess)
    message = town.data ? t('employers.workplaces.town', { town: town.data.name }) : t('employers.workplaces.unknownCode');
  return (
    <p
      id={id}
      className={
        town.data === null
          ? cx(forms.field__hint, employers['emp-postal-town'], employers['emp-postal-town--unknown'])
          : cx(forms.field__hint, employers['emp-postal-town'])
      }
      role="status"
    >
      {message}
    </p>
  );
}

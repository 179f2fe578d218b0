import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { updatePortalMeBody } from '../../../../../shared/schemas/portal.ts';
import { FormFrame } from '../../../ui/FormFrame.tsx';
import { Checkboxes, TextInput } from '../../../ui/fields.tsx';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, QueryError } from '../../../ui/Status.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { text, useForm } from '../../../lib/form.ts';
import { emptyToNull } from '../../../lib/schemas.ts';
import { canUsePortal } from '../access.ts';
import { type PortalPerson, portalApi, portalMeQuery, workAreasQuery } from '../api.ts';
import { AvailabilityPicker } from '../components/AvailabilityPicker.tsx';
import layout from '../../../ui/layout.module.css';
import portalCss from '../portal.module.css';

function BackLink() {
  const { t } = useTranslation();
  return (
    <p className={layout['after-form']}>
      <Link to="/mig">{t('portal.edit.back')}</Link>
    </p>
  );
}

function EditForm({ person }: { person: PortalPerson }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const areas = useQuery(workAreasQuery);
  const form = useForm({
    id: 'portal-edit',
    schema: updatePortalMeBody,
    labels: {
      phone: t('portal.edit.phone'),
      email: t('portal.edit.email'),
      address: t('portal.edit.address'),
      availability: t('portal.edit.availability'),
      interests: t('portal.edit.interests'),
    },
    read: (data) => ({
      phone: emptyToNull(text(data, 'phone')),
      email: emptyToNull(text(data, 'email')),
      address: emptyToNull(text(data, 'address')),
      availability: data.getAll('availability').map(String),
      interests: data.getAll('interests').map(String),
    }),
    submit: async (body) => {
      queryClient.setQueryData(portalMeQuery.queryKey, await portalApi.update(body));
      await navigate({ to: '/mig', search: { notice: 'saved' } });
    },
  });
  return (
    <FormFrame form={form} submit={t('portal.edit.submit')}>
      <fieldset className={portalCss['portal-fieldset']}>
        <legend className={portalCss['portal-fieldset__legend']}>{t('portal.edit.contact')}</legend>
        <TextInput
          form={form}
          name="phone"
          type="tel"
          label={t('portal.edit.phone')}
          autoComplete="tel"
          inputMode="tel"
          defaultValue={person.phone ?? ''}
        />
        <TextInput
          form={form}
          name="email"
          type="email"
          label={t('portal.edit.email')}
          autoComplete="email"
          inputMode="email"
          defaultValue={person.email ?? ''}
        />
        <TextInput
          form={form}
          name="address"
          label={t('portal.edit.address')}
          autoComplete="street-address"
          defaultValue={person.address ?? ''}
        />
      </fieldset>
      <AvailabilityPicker
        form={form}
        label={t('portal.edit.availability')}
        hint={t('portal.edit.availabilityHint')}
        defaultValue={person.availability}
      />
      {areas.isPending ? (
        <Loading />
      ) : areas.isError ? (
        <QueryError error={areas.error} />
      ) : (
        <Checkboxes
          form={form}
          name="interests"
          label={t('portal.edit.interests')}
          description={t('portal.edit.interestsHint')}
          defaultValue={person.interests}
          options={areas.data.workAreas
            .map((a) => ({ value: a.code, label: locale === 'en' ? a.nameEn : a.nameDa }))
            .sort((a, b) => a.label.localeCompare(b.label, locale))}
        />
      )}
    </FormFrame>
  );
}

/**
 * `/mig/ret`: the participant keeps contact details, availability and interests up to date. Its
 * own page rather than part of `/mig`: 21 time boxes and the work areas would bury the overview on
 * a phone. Saving returns to `/mig`, which says it was saved.
 */
export function EditProfilePage() {
  const { t } = useTranslation();
  const me = useSession();
  const portal = useQuery({ ...portalMeQuery, enabled: canUsePortal(me) });
  if (!canUsePortal(me)) return <Forbidden />;
  const person = portal.data?.self[0];
  return (
    <Page title={t('portal.edit.title')} lead={person ? t('portal.edit.lead') : undefined}>
      {portal.isPending ? (
        <Loading />
      ) : portal.isError ? (
        <QueryError error={portal.error} />
      ) : person ? (
        <EditForm person={person} />
      ) : (
        <p>{t('portal.edit.onlyParticipants')}</p>
      )}
      <BackLink />
    </Page>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { totpCodeBody } from '../../../shared/schemas/auth.ts';
import { api } from '../api.ts';
import { FormFrame } from '../ui/FormFrame.tsx';
import { Page } from '../ui/Page.tsx';
import { QueryStatus } from '../ui/Status.tsx';
import { TotpCodeInput } from '../components/TotpCodeInput.tsx';
import { text, useForm } from '../lib/form.ts';
import { groupSecret } from '../ui/format.ts';
import { meQuery } from '../queries.ts';
import { useContinueLogin } from '../session.ts';
import steps from '../ui/steps.module.css';

type TotpSetup = { secret: string; otpauthUrl: string; qrSvg: string };

/**
 * Setting up a secret is a POST, but it is fetched through the query cache so React's double
 * effects and re-renders never ask the server for a second, different secret.
 */
const totpSetupQuery = (userId: string) => ({
  queryKey: ['totp-setup', userId],
  queryFn: () => api.post<TotpSetup>('/api/auth/totp/setup'),
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export function TotpSetupPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const continueLogin = useContinueLogin();
  // The route guard has loaded the (partial) session; keying by user keeps secrets apart.
  const userId = useQuery(meQuery).data?.user.id ?? '';
  const setup = useQuery({ ...totpSetupQuery(userId), enabled: userId !== '' });
  const form = useForm({
    id: 'totp-setup',
    schema: totpCodeBody,
    labels: { code: t('fields.totpCode') },
    read: (data) => ({ code: text(data, 'code').replace(/\s+/g, '') }),
    codeFields: { totp_invalid: 'code' },
    submit: async (body) => {
      await api.post('/api/auth/totp/enable', body);
      queryClient.removeQueries({ queryKey: ['totp-setup'] });
      await continueLogin('full');
    },
  });

  return (
    <Page title={t('totpSetup.title')} lead={t('totpSetup.lead')}>
      <QueryStatus query={setup} />
      {setup.data && (
        <ol className={steps.steps}>
          <li className={steps.steps__item}>
            <h2 className={steps.steps__title}>{t('totpSetup.step1Title')}</h2>
            <p>{t('totpSetup.step1Text')}</p>
          </li>
          <li className={steps.steps__item}>
            <h2 className={steps.steps__title}>{t('totpSetup.step2Title')}</h2>
            <figure className={steps.qr}>
              <img
                className={steps.qr__image}
                src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.data.qrSvg)}`}
                alt={t('totpSetup.qrAlt')}
                width={200}
                height={200}
              />
              <figcaption className={steps.qr__caption}>
                <span>{t('totpSetup.secretLabel')}</span>{' '}
                <code className={steps.secret} data-testid="totp-secret">
                  {groupSecret(setup.data.secret)}
                </code>
              </figcaption>
            </figure>
          </li>
          <li className={steps.steps__item}>
            <h2 className={steps.steps__title}>{t('totpSetup.step3Title')}</h2>
            <FormFrame form={form} submit={t('totp.submit')}>
              <TotpCodeInput form={form} />
            </FormFrame>
          </li>
        </ol>
      )}
    </Page>
  );
}

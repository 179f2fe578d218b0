import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_SUBJECT_TYPES, auditQuery } from '../../../shared/schemas/audit.ts';
import { auditSubjectLabel } from '../../../shared/i18n/audit.ts';
import { can, canSearchAudit } from '../access.ts';
import { FormFrame } from '../ui/FormFrame.tsx';
import { SelectInput, TextInput } from '../ui/fields.tsx';
import { Forbidden } from '../ui/Forbidden.tsx';
import { Page, Section } from '../ui/Page.tsx';
import { useSession } from '../components/SessionContext.tsx';
import { Loading, QueryStatus, ResultCount } from '../ui/Status.tsx';
import { DataTable } from '../ui/DataTable.tsx';
import { currentLocale } from '../i18n/index.ts';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { text, useForm } from '../lib/form.ts';
import { chosen, NO_VALUE } from '../lib/schemas.ts';
import { type AuditFilters, type AuditPage as AuditPageData, fetchAuditPage, programmesQuery } from '../queries.ts';
import { SubmitButton } from '../ui/SubmitButton.tsx';
import buttons from '../ui/buttons.module.css';
import { cx } from '../ui/cx.ts';
import forms from '../ui/forms.module.css';
import layout from '../ui/layout.module.css';
import tables from '../ui/tables.module.css';

const filterForm = auditQuery
  .pick({ programmeId: true, action: true, subjectType: true, from: true, to: true })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], error: 'to_before_from' });

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function AuditPage({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation();
  const me = useSession();
  const allowed = canSearchAudit(me);
  const programmes = useQuery({ ...programmesQuery, enabled: allowed });
  if (!allowed) return <Forbidden />;

  // Without a programme the server searches every programme the user may audit.
  const auditable = (programmes.data?.programmes ?? []).filter((p) => can(me, 'audit.search', p.id));

  return (
    <Page title={t('audit.title')} lead={t('audit.lead')} wide>
      <Section title={t('audit.searchTitle')}>
        {programmes.isPending ? (
          <Loading />
        ) : (
          <FilterForm
            key={JSON.stringify(filters)}
            filters={filters}
            programmeOptions={auditable.map((p) => ({ value: p.id, label: p.name }))}
          />
        )}
      </Section>
      <Results filters={filters} />
    </Page>
  );
}

/** Every subject type in words, alphabetically in the reader's language. */
function subjectTypeOptions(locale: 'da' | 'en') {
  return AUDIT_SUBJECT_TYPES.map((type) => ({ value: type, label: auditSubjectLabel(type, locale) })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}

function FilterForm({ filters, programmeOptions }: { filters: AuditFilters; programmeOptions: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const form = useForm({
    id: 'audit',
    schema: filterForm,
    labels: {
      programmeId: t('fields.programme'),
      action: t('audit.action'),
      subjectType: t('audit.subjectType'),
      from: t('audit.from'),
      to: t('audit.to'),
    },
    read: (data) => ({
      programmeId: chosen(text(data, 'programmeId')),
      action: chosen(text(data, 'action')),
      subjectType: chosen(text(data, 'subjectType')),
      from: blankToUndefined(text(data, 'from')),
      to: blankToUndefined(text(data, 'to')),
    }),
    submit: async (value) => {
      await navigate({ to: '/admin/audit', search: value });
    },
  });

  return (
    <FormFrame form={form} variant="search" label={t('audit.searchTitle')} submit={t('audit.submit')}>
      <div className={forms['filter-grid']}>
        <SelectInput
          form={form}
          name="programmeId"
          label={t('fields.programme')}
          options={[{ value: NO_VALUE, label: t('audit.allProgrammes') }, ...programmeOptions]}
          defaultValue={filters.programmeId ?? NO_VALUE}
        />
        <SelectInput
          form={form}
          name="action"
          label={t('audit.action')}
          options={[
            { value: NO_VALUE, label: t('audit.allActions') },
            ...AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`audit.actions.${action}`) })),
          ]}
          defaultValue={filters.action ?? NO_VALUE}
        />
        <SelectInput
          form={form}
          name="subjectType"
          label={t('audit.subjectType')}
          options={[{ value: NO_VALUE, label: t('audit.allSubjectTypes') }, ...subjectTypeOptions(locale)]}
          defaultValue={filters.subjectType ?? NO_VALUE}
        />
        <TextInput form={form} name="from" type="date" label={t('audit.from')} defaultValue={filters.from ?? ''} />
        <TextInput form={form} name="to" type="date" label={t('audit.to')} defaultValue={filters.to ?? ''} />
      </div>
    </FormFrame>
  );
}

function Results({ filters }: { filters: AuditFilters }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const events = useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => fetchAuditPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: AuditPageData) => last.nextBefore ?? undefined,
  });
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <Section title={t('audit.resultsTitle')}>
      <QueryStatus query={events} />
      <ResultCount ready={events.isSuccess} count={rows.length} none={t('audit.none')} some={t('audit.count', { count: rows.length })} />
      {rows.length > 0 && (
        <DataTable
          caption={t('audit.resultsTitle')}
          minWidth="50rem"
          rows={rows}
          rowKey={(event) => event.id}
          columns={[
            {
              key: 'time',
              header: t('audit.time'),
              numeric: true,
              cell: (event) => <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>,
            },
            { key: 'actor', header: t('audit.actor'), cell: (event) => event.actorName ?? t('audit.system') },
            {
              key: 'role',
              header: t('fields.role'),
              cell: (event) => (event.actorRole ? t(`roles.${event.actorRole}`, { defaultValue: event.actorRole }) : '–'),
            },
            { key: 'action', header: t('audit.action'), cell: (event) => t(`audit.actions.${event.action}`) },
            {
              key: 'subject',
              header: t('audit.subject'),
              cell: (event) => <SubjectCell event={event} />,
            },
            { key: 'ip', header: t('audit.ip'), numeric: true, cell: (event) => event.ip ?? '–' },
          ]}
        />
      )}
      {events.hasNextPage && (
        <div className={buttons['form-actions']}>
          <SubmitButton variant="secondary" pending={events.isFetchingNextPage} onPress={() => void events.fetchNextPage()}>
            {t('audit.more')}
          </SubmitButton>
        </div>
      )}
    </Section>
  );
}

type AuditEvent = AuditPageData['events'][number];

/** The subject's page, for the types that have one. */
function SubjectLink({ event, children }: { event: AuditEvent; children: string }) {
  const programmeId = event.programmeId!;
  const id = event.subjectId!;
  switch (event.subjectType) {
    case 'participant':
      return (
        <Link to="/programmes/$programmeId/participants/$participantId" params={{ programmeId, participantId: id }}>
          {children}
        </Link>
      );
    case 'placement':
      return (
        <Link to="/programmes/$programmeId/placements/$placementId" params={{ programmeId, placementId: id }}>
          {children}
        </Link>
      );
    case 'company':
      return (
        <Link to="/programmes/$programmeId/companies/$companyId" params={{ programmeId, companyId: id }}>
          {children}
        </Link>
      );
    case 'opening':
      return (
        <Link to="/programmes/$programmeId/openings/$openingId" params={{ programmeId, openingId: id }}>
          {children}
        </Link>
      );
    case 'activity':
      return (
        <Link to="/programmes/$programmeId/aktiviteter/$activityId" params={{ programmeId, activityId: id }}>
          {children}
        </Link>
      );
    case 'match_round':
      return (
        <Link to="/programmes/$programmeId/matchrunder/$roundId" params={{ programmeId, roundId: id }}>
          {children}
        </Link>
      );
    default:
      return <>{children}</>;
  }
}

/**
 * The subject in words: its type, and its name linking to its page when the server named it (it
 * does so only for subjects the reader may open); otherwise the bare id, for tracing.
 */
export function SubjectCell({ event }: { event: AuditEvent }) {
  const locale = currentLocale();
  const type = auditSubjectLabel(event.subjectType, locale);
  if (event.subject && event.subjectId && event.programmeId) {
    const name = event.subject.on ? formatDate(event.subject.on, locale) : event.subject.label;
    return (
      <>
        {type}: <SubjectLink event={event}>{name}</SubjectLink>
      </>
    );
  }
  return (
    <>
      {type}
      {event.subjectId && <span className={cx(layout.muted, tables['subject-id'])}>{event.subjectId}</span>}
    </>
  );
}

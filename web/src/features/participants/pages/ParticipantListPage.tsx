import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Forbidden } from '../../../ui/Forbidden.tsx';
import { Page, Section } from '../../../ui/Page.tsx';
import { useSession } from '../../../components/SessionContext.tsx';
import { Loading, QueryStatus } from '../../../ui/Status.tsx';
import { Table } from '../../../ui/Table.tsx';
import { currentLocale } from '../../../i18n/index.ts';
import { formatDate } from '../../../ui/format.ts';
import { programmeQuery } from '../../../queries.ts';
import { type ListFilters, PAGE_SIZE, type ParticipantListItem, participantListQueryOptions, workAreasQuery } from '../api.ts';
import { canManageParticipants, canReadParticipants } from '../access.ts';
import { ListFilterForm } from '../components/ListFilterForm.tsx';
import { Badge } from '../components/ui.tsx';
import type { ListSearch } from '../params.ts';
import { participantRoute } from '../params.ts';
import { fullName, ladderLabel } from '../vocab.ts';
import participantsCss from '../participants.module.css';
import buttons from '../../../ui/buttons.module.css';
import alerts from '../../../ui/alerts.module.css';
import layout from '../../../ui/layout.module.css';

/** The search in the URL as the API's filters (the page offset travels separately). */
function toFilters(search: ListSearch): ListFilters {
  const { offset, ...filters } = search;
  return { ...filters, offset: offset ?? 0 };
}

/**
 * The coordinator's list of participants: filters and the typo-tolerant name search live in the
 * URL (bookmarkable, Back works); the server filters, ranks and pages.
 */
export function ParticipantListPage() {
  const { t } = useTranslation();
  const me = useSession();
  const { programmeId } = participantRoute.list.useParams();
  const search = participantRoute.list.useSearch();
  const allowed = canReadParticipants(me, programmeId);
  const programme = useQuery({ ...programmeQuery(programmeId), enabled: allowed });
  const workAreas = useQuery({ ...workAreasQuery, enabled: allowed });
  if (!allowed) return <Forbidden />;

  const sites = programme.data?.sites ?? [];
  return (
    <Page title={t('participants.list.title')} lead={programme.data?.name} wide>
      <p className={participantsCss['p-toolbar']}>
        <Link to="/programmes/$programmeId" params={{ programmeId }}>
          {t('participants.overview.back')}
        </Link>
        {canManageParticipants(me, programmeId) && (
          <Link to="/programmes/$programmeId/participants/new" params={{ programmeId }} className={buttons.button}>
            {t('participants.list.new')}
          </Link>
        )}
      </p>
      <Section title={t('participants.list.filtersTitle')} id="filters">
        {programme.isPending || workAreas.isPending ? (
          <Loading />
        ) : (
          <ListFilterForm
            key={JSON.stringify(search)}
            programmeId={programmeId}
            search={search}
            sites={sites}
            workAreas={workAreas.data?.workAreas ?? []}
          />
        )}
      </Section>
      <Results programmeId={programmeId} search={search} siteName={(id) => sites.find((s) => s.id === id)?.name ?? ''} />
    </Page>
  );
}

function Results({ programmeId, search, siteName }: { programmeId: string; search: ListSearch; siteName: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const list = useQuery(participantListQueryOptions(programmeId, toFilters(search)));
  const offset = search.offset ?? 0;
  const data = list.data;

  return (
    <Section title={t('participants.list.resultsTitle')} id="results">
      <p className={alerts['result-count']} role="status">
        {data
          ? t(search.q ? 'participants.list.countSearch' : 'participants.list.count', {
              count: data.total,
              shown: data.participants.length,
            })
          : ''}
      </p>
      <QueryStatus query={list} />
      {data && data.participants.length === 0 && <p>{t('participants.list.empty')}</p>}
      {data && data.participants.length > 0 && (
        <Table caption={t('participants.list.caption')} minWidth="44rem">
          <thead>
            <tr>
              <th scope="col">{t('participants.fields.name')}</th>
              <th scope="col">{t('participants.fields.age')}</th>
              <th scope="col">{t('participants.fields.ladder')}</th>
              <th scope="col">{t('participants.fields.siteId')}</th>
              <th scope="col">{t('participants.fields.status')}</th>
              <th scope="col">{t('participants.fields.lastContact')}</th>
              <th scope="col">{t('participants.fields.attention')}</th>
            </tr>
          </thead>
          <tbody>
            {data.participants.map((p) => (
              <Row
                key={p.id}
                programmeId={programmeId}
                p={p}
                site={siteName(p.siteId)}
                lastContact={p.lastContactOn ? formatDate(p.lastContactOn, locale) : t('participants.list.never')}
              />
            ))}
          </tbody>
        </Table>
      )}
      {data && data.total > PAGE_SIZE && (
        <nav className={participantsCss['p-pager']} aria-label={t('participants.list.pages')}>
          {offset > 0 && (
            <Link
              to="/programmes/$programmeId/participants"
              params={{ programmeId }}
              search={{ ...search, offset: Math.max(0, offset - PAGE_SIZE) || undefined }}
            >
              {t('participants.list.previous')}
            </Link>
          )}
          {offset + PAGE_SIZE < data.total && (
            <Link to="/programmes/$programmeId/participants" params={{ programmeId }} search={{ ...search, offset: offset + PAGE_SIZE }}>
              {t('participants.list.next')}
            </Link>
          )}
        </nav>
      )}
    </Section>
  );
}

function Row({ programmeId, p, site, lastContact }: { programmeId: string; p: ParticipantListItem; site: string; lastContact: string }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row">
        <Link to="/programmes/$programmeId/participants/$participantId" params={{ programmeId, participantId: p.id }}>
          {fullName(p)}
        </Link>
        {p.priority && (
          <>
            {' '}
            <Badge tone="info">{t('participants.priorityBadge')}</Badge>
          </>
        )}
      </th>
      <td>{p.age}</td>
      <td>
        {t(`participants.kinds.${p.kind}`)}: {ladderLabel(t, p)}
      </td>
      <td>{site}</td>
      <td>{t(`participants.statuses.${p.status}`)}</td>
      <td>{lastContact}</td>
      <td>
        {p.attention.length === 0 ? (
          <span className={layout.muted}>–</span>
        ) : (
          <ul className={participantsCss['p-inline-list']}>
            {p.attention.map((a) => (
              <li key={a}>
                <Badge tone="warn">{t(`participants.attention.${a}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

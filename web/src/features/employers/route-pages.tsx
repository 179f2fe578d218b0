import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { CompaniesPage } from './coordinator/CompaniesPage.tsx';
import { CompanyPage } from './coordinator/CompanyPage.tsx';
import { EditOpeningPage } from './coordinator/EditOpeningPage.tsx';
import { NewCompanyPage } from './coordinator/NewCompanyPage.tsx';
import { NewOpeningPage } from './coordinator/NewOpeningPage.tsx';
import { OpeningPage } from './coordinator/OpeningPage.tsx';
import { OpeningsBoardPage } from './coordinator/OpeningsBoardPage.tsx';
import { EmployerCompanyPage } from './portal/EmployerCompanyPage.tsx';
import { EmployerHomePage } from './portal/EmployerHomePage.tsx';
import { MentoringPage } from './portal/MentoringPage.tsx';
import { ProposeOpeningPage } from './portal/ProposeOpeningPage.tsx';

/**
 * The lazy half of `routes.tsx`: route components that read params and search typed through the
 * route (`getRouteApi`) and hand the pages plain props, in the feature's own chunk.
 */
const p = '/authed/programmes/$programmeId';
const companies = getRouteApi(`${p}/companies`);
const newCompany = getRouteApi(`${p}/companies/new`);
const company = getRouteApi(`${p}/companies/$companyId`);
const board = getRouteApi(`${p}/openings`);
const newOpening = getRouteApi(`${p}/openings/new`);
const opening = getRouteApi(`${p}/openings/$openingId`);
const editOpening = getRouteApi(`${p}/openings/$openingId/edit`);
const portalCompany = getRouteApi('/authed/virksomhed/$companyId');
const propose = getRouteApi('/authed/virksomhed/$companyId/nyt-opslag');

export function CompaniesRoute(): ReactNode {
  return <CompaniesPage programmeId={companies.useParams().programmeId} filters={companies.useSearch()} />;
}

export function NewCompanyRoute(): ReactNode {
  return <NewCompanyPage programmeId={newCompany.useParams().programmeId} />;
}

export function CompanyRoute(): ReactNode {
  const { programmeId, companyId } = company.useParams();
  return <CompanyPage programmeId={programmeId} companyId={companyId} />;
}

export function BoardRoute(): ReactNode {
  return <OpeningsBoardPage programmeId={board.useParams().programmeId} />;
}

export function NewOpeningRoute(): ReactNode {
  const { companyId } = newOpening.useSearch();
  return <NewOpeningPage programmeId={newOpening.useParams().programmeId} companyId={companyId} />;
}

export function OpeningRoute(): ReactNode {
  const { programmeId, openingId } = opening.useParams();
  const { saved } = opening.useSearch();
  return <OpeningPage programmeId={programmeId} openingId={openingId} saved={saved} />;
}

export function EditOpeningRoute(): ReactNode {
  const { programmeId, openingId } = editOpening.useParams();
  return <EditOpeningPage programmeId={programmeId} openingId={openingId} />;
}

export function PortalCompanyRoute(): ReactNode {
  const { proposed } = portalCompany.useSearch();
  return <EmployerCompanyPage companyId={portalCompany.useParams().companyId} proposed={proposed} />;
}

export function ProposeRoute(): ReactNode {
  return <ProposeOpeningPage companyId={propose.useParams().companyId} />;
}

export function EmployerHomeRoute(): ReactNode {
  return <EmployerHomePage />;
}

export function MentoringRoute(): ReactNode {
  return <MentoringPage />;
}

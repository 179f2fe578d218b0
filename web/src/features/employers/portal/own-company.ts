import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../../components/SessionContext.tsx';
import { isEmployerContact } from '../access.ts';
import { employerCompanyQuery } from '../api.ts';

/**
 * The signed-in employer contact's company for the portal pages: fetched only for an employer
 * contact, so anyone else gets the page's Forbidden without a request that would be refused.
 */
export function useOwnCompany(companyId: string) {
  const allowed = isEmployerContact(useSession());
  const company = useQuery({ ...employerCompanyQuery(companyId), enabled: allowed });
  return { allowed, company };
}

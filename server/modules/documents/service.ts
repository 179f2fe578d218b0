import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { type Admitted } from '../../lib/access/index.ts';
import {
  type Loaded,
  loadForParty,
  type PlacementDocument,
  requireDocumentParty,
  requirePlacementAccess,
  candidateCategories,
} from '../placements/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { listGuardians, listNotices } from '../guardians/index.ts';
import { employmentStatement, parentLetter, statementRequired, STATEMENT_HOURS_THRESHOLD, type DocumentContent } from './content.ts';
import { renderPdf } from './pdf.ts';
import { documentData } from './presenter.ts';
import * as repo from './repository.ts';

/** Danish file names (the header also carries an ASCII fallback). */
const FILE_NAMES: Record<PlacementDocument, string> = {
  employment_statement: 'ansættelsesbevis',
  parent_letter: 'orientering-til-forældre',
};

export interface PdfFile {
  filename: string;
  body: Buffer;
}

/**
 * An employer sees the person's last name and address only through a share_employer consent
 * covering contact details (as in the candidate view); otherwise the statement leaves a line to
 * fill in. Staff, the person and their guardians see everything: it is the person's own data.
 */
async function showsContact(trx: Tx, l: Loaded, today: string): Promise<boolean> {
  if (l.party === 'coordinator' || l.party === 'participant' || l.party === 'guardian') return true;
  const categories = await candidateCategories(trx, [l.row], () => l.party, today);
  return (categories.get(l.row.id) ?? []).includes('contact');
}

async function build(
  ctx: Ctx,
  { actor, tx }: Admitted,
  programmeId: string,
  placementId: string,
  document: PlacementDocument,
  force: boolean,
): Promise<DocumentContent> {
  const today = copenhagenToday();
  return tx(async (trx) => {
    const loaded = await loadForParty(trx, actor, programmeId, placementId, today);
    requireDocumentParty(loaded, document);
    const facts = await repo.documentFacts(trx, programmeId, placementId);
    if (!facts) throw errors.notFound('placement');
    if (facts.anonymised_at) throw errors.participantAnonymised();

    let content: DocumentContent;
    if (document === 'employment_statement') {
      if (facts.starts_on === null || facts.hours_per_week === null) throw errors.placementNotAgreed(facts.status);
      const hours = Number(facts.hours_per_week);
      if (!statementRequired(hours) && !force) throw errors.statementNotRequired(hours, STATEMENT_HOURS_THRESHOLD);
      const data = documentData(facts, { today, showContact: await showsContact(trx, loaded, today), guardians: [], notices: [] });
      content = employmentStatement(data);
    } else {
      const age = ageOn(facts.birth_date, today);
      if (age >= 18) throw errors.parentLetterNotRequired(age);
      const guardians = (await listGuardians(trx, programmeId, facts.participant_id)).filter((g) => g.removed_at === null);
      const notices = await listNotices(trx, programmeId, facts.participant_id, placementId);
      const nameOf = (id: string | null) => guardians.find((g) => g.id === id)?.name ?? null;
      content = parentLetter(
        documentData(facts, {
          today,
          showContact: true,
          guardians: guardians.map((g) => g.name),
          notices: notices.map((n) => ({
            guardianName: nameOf(n.guardian_id),
            risks: n.risks,
            precautions: n.precautions,
            informedOn: n.informed_on,
            cosignedOn: n.cosigned_on,
          })),
        }),
      );
    }
    await recordAudit(trx, ctx, {
      action: 'export',
      subjectType: 'placement',
      subjectId: placementId,
      subjectPersonId: facts.participant_id,
      programmeId,
      details: { document, format: 'pdf', as: loaded.party, ...(force ? { forced: true } : {}) },
    });
    return content;
  });
}

/**
 * GET …/documents/employment-statement.pdf: the ansættelsesbevis. Refused (statement_not_required)
 * at 3 hours a week or less unless `force`, since an employer may want one anyway. Audited as an
 * export; the PDF is laid out after the transaction.
 */
export async function employmentStatementPdf(ctx: Ctx, programmeId: string, placementId: string, force: boolean): Promise<PdfFile> {
  const admitted = requirePlacementAccess(ctx, programmeId);
  const content = await build(ctx, admitted, programmeId, placementId, 'employment_statement', force);
  return { filename: `${FILE_NAMES.employment_statement}-${placementId}.pdf`, body: await renderPdf(content) };
}

/** GET …/documents/parent-letter.pdf: the letter informing the parents of someone under 18 (staff only). */
export async function parentLetterPdf(ctx: Ctx, programmeId: string, placementId: string): Promise<PdfFile> {
  const admitted = requirePlacementAccess(ctx, programmeId);
  const content = await build(ctx, admitted, programmeId, placementId, 'parent_letter', false);
  return { filename: `${FILE_NAMES.parent_letter}-${placementId}.pdf`, body: await renderPdf(content) };
}

import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { invitation } from '../../../shared/schemas/invitations.ts';
import {
  addContactBody,
  commitment,
  companiesQuery,
  company,
  companyProfile,
  createCommitmentBody,
  createCompanyBody,
  createNoteBody,
  note,
  updateCommitmentBody,
  updateCompanyBody,
  updateNoteBody,
} from '../../../shared/schemas/companies.ts';
import * as partnership from './partnership-service.ts';
import * as companies from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

const tags = ['companies'];
const companyParams = params.extend({ companyId: z.uuid() });
const noContent = { 204: z.null() };

export const companyRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, tags);
  route.get(
    '/api/programmes/:programmeId/companies',
    'Companies, searchable by name or CVR, supplier status and industry',
    { params, querystring: companiesQuery, response: { 200: z.object({ companies: z.array(company) }) } },
    (req) => companies.listCompanies(req.ctx, req.params.programmeId, req.query),
  );
  route.post(
    '/api/programmes/:programmeId/companies',
    'Register a company (CVR checked by modulus 11; one per CVR per programme)',
    { params, body: createCompanyBody, response: { 201: company } },
    (req) => companies.createCompany(req.ctx, req.params.programmeId, req.body),
  );
  route.get(
    '/api/programmes/:programmeId/companies/:companyId',
    'Company profile: workplaces, openings, commitments against delivery, contacts, mentors, notes',
    { params: companyParams, response: { 200: companyProfile } },
    (req) => companies.getCompanyProfile(req.ctx, req.params.programmeId, req.params.companyId),
  );
  route.patch(
    '/api/programmes/:programmeId/companies/:companyId',
    'Edit a company (the CVR number does not change)',
    { params: companyParams, body: updateCompanyBody, response: { 200: company } },
    (req) => companies.updateCompany(req.ctx, req.params.programmeId, req.params.companyId, req.body),
  );
  route.delete(
    '/api/programmes/:programmeId/companies/:companyId',
    'Remove a company without openings from the programme',
    { params: companyParams, response: noContent },
    (req) => companies.deleteCompany(req.ctx, req.params.programmeId, req.params.companyId),
  );

  route.post(
    '/api/programmes/:programmeId/companies/:companyId/contacts',
    'Invite a contact person (role employer_contact for this company)',
    { params: companyParams, body: addContactBody, response: { 201: invitation } },
    (req) => companies.addContact(req.ctx, req.params.programmeId, req.params.companyId, req.body),
  );
  route.delete(
    '/api/programmes/:programmeId/companies/:companyId/contacts/:userId',
    'Remove a contact person’s access to this company',
    { params: companyParams.extend({ userId: z.uuid() }), response: noContent },
    (req) => companies.removeContact(req.ctx, req.params.programmeId, req.params.companyId, req.params.userId),
  );

  const commitmentParams = companyParams.extend({ commitmentId: z.uuid() });
  route.post(
    '/api/programmes/:programmeId/companies/:companyId/commitments',
    'Add a social-responsibility commitment',
    { params: companyParams, body: createCommitmentBody, response: { 201: commitment } },
    (req) => partnership.addCommitment(req.ctx, req.params.programmeId, req.params.companyId, req.body),
  );
  route.patch(
    '/api/programmes/:programmeId/companies/:companyId/commitments/:commitmentId',
    'Edit a commitment',
    { params: commitmentParams, body: updateCommitmentBody, response: { 200: commitment } },
    (req) => partnership.updateCommitment(req.ctx, req.params.programmeId, req.params.companyId, req.params.commitmentId, req.body),
  );
  route.delete(
    '/api/programmes/:programmeId/companies/:companyId/commitments/:commitmentId',
    'Delete a commitment',
    { params: commitmentParams, response: noContent },
    (req) => partnership.deleteCommitment(req.ctx, req.params.programmeId, req.params.companyId, req.params.commitmentId),
  );

  const noteParams = companyParams.extend({ noteId: z.uuid() });
  route.post(
    '/api/programmes/:programmeId/companies/:companyId/notes',
    'Add a note on the partnership (dated today unless given)',
    { params: companyParams, body: createNoteBody, response: { 201: note } },
    (req) => partnership.addNote(req.ctx, req.params.programmeId, req.params.companyId, req.body),
  );
  route.patch(
    '/api/programmes/:programmeId/companies/:companyId/notes/:noteId',
    'Edit a note',
    { params: noteParams, body: updateNoteBody, response: { 200: note } },
    (req) => partnership.updateNote(req.ctx, req.params.programmeId, req.params.companyId, req.params.noteId, req.body),
  );
  route.delete(
    '/api/programmes/:programmeId/companies/:companyId/notes/:noteId',
    'Delete a note',
    { params: noteParams, response: noContent },
    (req) => partnership.deleteNote(req.ctx, req.params.programmeId, req.params.companyId, req.params.noteId),
  );
};

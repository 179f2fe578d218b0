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

const tags = ['companies'];
const params = z.object({ programmeId: z.uuid() });
const companyParams = params.extend({ companyId: z.uuid() });
const noContent = { 204: z.null() };

export const companyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes/:programmeId/companies', {
    schema: {
      tags,
      summary: 'Companies, searchable by name or CVR, supplier status and industry',
      params,
      querystring: companiesQuery,
      response: { 200: z.object({ companies: z.array(company) }) },
    },
    handler: (req) => companies.listCompanies(req.ctx, req.params.programmeId, req.query),
  });
  app.post('/api/programmes/:programmeId/companies', {
    schema: {
      tags,
      summary: 'Register a company (CVR checked by modulus 11; one per CVR per programme)',
      params,
      body: createCompanyBody,
      response: { 201: company },
    },
    handler: async (req, reply) => reply.code(201).send(await companies.createCompany(req.ctx, req.params.programmeId, req.body)),
  });
  app.get('/api/programmes/:programmeId/companies/:companyId', {
    schema: {
      tags,
      summary: 'Company profile: workplaces, openings, commitments against delivery, contacts, mentors, notes',
      params: companyParams,
      response: { 200: companyProfile },
    },
    handler: (req) => companies.getCompanyProfile(req.ctx, req.params.programmeId, req.params.companyId),
  });
  app.patch('/api/programmes/:programmeId/companies/:companyId', {
    schema: {
      tags,
      summary: 'Edit a company (the CVR number does not change)',
      params: companyParams,
      body: updateCompanyBody,
      response: { 200: company },
    },
    handler: (req) => companies.updateCompany(req.ctx, req.params.programmeId, req.params.companyId, req.body),
  });
  app.delete('/api/programmes/:programmeId/companies/:companyId', {
    schema: { tags, summary: 'Remove a company without openings from the programme', params: companyParams, response: noContent },
    handler: async (req, reply) => {
      await companies.deleteCompany(req.ctx, req.params.programmeId, req.params.companyId);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/programmes/:programmeId/companies/:companyId/contacts', {
    schema: {
      tags,
      summary: 'Invite a contact person (role employer_contact for this company)',
      params: companyParams,
      body: addContactBody,
      response: { 201: invitation },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await companies.addContact(req.ctx, req.params.programmeId, req.params.companyId, req.body)),
  });
  app.delete('/api/programmes/:programmeId/companies/:companyId/contacts/:userId', {
    schema: {
      tags,
      summary: 'Remove a contact person’s access to this company',
      params: companyParams.extend({ userId: z.uuid() }),
      response: noContent,
    },
    handler: async (req, reply) => {
      await companies.removeContact(req.ctx, req.params.programmeId, req.params.companyId, req.params.userId);
      return reply.code(204).send(null);
    },
  });

  const commitmentParams = companyParams.extend({ commitmentId: z.uuid() });
  app.post('/api/programmes/:programmeId/companies/:companyId/commitments', {
    schema: {
      tags,
      summary: 'Add a social-responsibility commitment',
      params: companyParams,
      body: createCommitmentBody,
      response: { 201: commitment },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await partnership.addCommitment(req.ctx, req.params.programmeId, req.params.companyId, req.body)),
  });
  app.patch('/api/programmes/:programmeId/companies/:companyId/commitments/:commitmentId', {
    schema: { tags, summary: 'Edit a commitment', params: commitmentParams, body: updateCommitmentBody, response: { 200: commitment } },
    handler: (req) =>
      partnership.updateCommitment(req.ctx, req.params.programmeId, req.params.companyId, req.params.commitmentId, req.body),
  });
  app.delete('/api/programmes/:programmeId/companies/:companyId/commitments/:commitmentId', {
    schema: { tags, summary: 'Delete a commitment', params: commitmentParams, response: noContent },
    handler: async (req, reply) => {
      await partnership.deleteCommitment(req.ctx, req.params.programmeId, req.params.companyId, req.params.commitmentId);
      return reply.code(204).send(null);
    },
  });

  const noteParams = companyParams.extend({ noteId: z.uuid() });
  app.post('/api/programmes/:programmeId/companies/:companyId/notes', {
    schema: {
      tags,
      summary: 'Add a note on the partnership (dated today unless given)',
      params: companyParams,
      body: createNoteBody,
      response: { 201: note },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await partnership.addNote(req.ctx, req.params.programmeId, req.params.companyId, req.body)),
  });
  app.patch('/api/programmes/:programmeId/companies/:companyId/notes/:noteId', {
    schema: { tags, summary: 'Edit a note', params: noteParams, body: updateNoteBody, response: { 200: note } },
    handler: (req) => partnership.updateNote(req.ctx, req.params.programmeId, req.params.companyId, req.params.noteId, req.body),
  });
  app.delete('/api/programmes/:programmeId/companies/:companyId/notes/:noteId', {
    schema: { tags, summary: 'Delete a note', params: noteParams, response: noContent },
    handler: async (req, reply) => {
      await partnership.deleteNote(req.ctx, req.params.programmeId, req.params.companyId, req.params.noteId);
      return reply.code(204).send(null);
    },
  });
};

import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { todoList, placementTodo } from '../../../shared/schemas/todo.ts';
import { getTodo } from './service.ts';

const params = z.object({ programmeId: z.uuid() });

export const todoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/programmes/:programmeId/todo', {
    schema: {
      tags: ['participants'],
      summary: 'The coordinator’s to-do list: overdue next steps, consents due, no contact, placement follow-ups due, stale proposals',
      params,
      response: { 200: todoList.extend(placementTodo.shape) },
    },
    handler: (req) => getTodo(req.ctx, req.params.programmeId),
  });
};

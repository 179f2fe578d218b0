import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { todoList, placementTodo } from '../../../shared/schemas/todo.ts';
import { getTodo } from './service.ts';
import { routes } from '../../http/route.ts';
import { programmeParams as params } from '../../../shared/schemas/common.ts';

export const todoRoutes: FastifyPluginAsyncZod = async (app) => {
  const route = routes(app, ['participants']);
  route.get(
    '/api/programmes/:programmeId/todo',
    'The coordinator’s to-do list: overdue next steps, consents due, no contact, placement follow-ups due, stale proposals',
    { params, response: { 200: todoList.extend(placementTodo.shape) } },
    (req) => getTodo(req.ctx, req.params.programmeId),
  );
};

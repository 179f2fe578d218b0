import type { Ctx } from '../../http/context.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { placementTodoItems } from '../placements/index.ts';
import { today } from '../../lib/clock.ts';
import { programmeTodo } from './compute.ts';
import { presentTodo } from './presenter.ts';

/** The coordinator's to-do list. It names participants, so reading it is audited. */
export async function getTodo(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'participant.todo');
  const date = today();
  return tx(async (trx) => {
    const todo = await programmeTodo(trx, programmeId, date);
    const placements = await placementTodoItems(trx, programmeId, date);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'todo',
      programmeId,
      details: {
        overdueNextSteps: todo.overdueNextSteps.length,
        consentsDue: todo.consentsDue.length,
        notContacted: todo.notContacted.length,
        followUpsDue: placements.followUpsDue.length,
        staleProposals: placements.staleProposals.length,
      },
    });
    return { ...presentTodo(todo, date), ...placements };
  });
}

import type { ConsentPurpose } from '../../../shared/domain/participants/constants.ts';
import type { Todo } from '../../../shared/domain/participants/todo.ts';

export function presentTodo(todo: Todo & { noContactWeeks: number }, today: string) {
  return {
    today,
    noContactWeeks: todo.noContactWeeks,
    overdueNextSteps: todo.overdueNextSteps.map((s) => ({ ...s })),
    consentsDue: todo.consentsDue.map((c) => ({ ...c, purpose: c.purpose as ConsentPurpose })),
    notContacted: todo.notContacted.map((n) => ({ ...n })),
  };
}

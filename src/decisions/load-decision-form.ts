import type { Db } from '../db/prisma.js';
import type { DecisionFormData } from './build-decision-form.js';
import { formatCaseNumber } from '../i18n/format-numbers.js';

/** An item with what its decision form needs: the recorded decision and its follow-ups (owners are searched in the roster). */
export async function loadDecisionForm(db: Db, itemId: string): Promise<{ committeeId: string; data: DecisionFormData }> {
  const item = await db.agendaItem.findUniqueOrThrow({
    where: { id: itemId },
    include: { decision: { include: { followUps: { orderBy: { createdAt: 'asc' } } } } },
  });
  return {
    committeeId: item.committeeId,
    data: {
      itemId,
      caseNo: formatCaseNumber(item),
      title: item.title,
      type: item.type,
      proposedDecision: item.proposedDecision,
      decision: item.decision
        ? {
            text: item.decision.text,
            notes: item.decision.notes,
            followUps: item.decision.followUps.map((f) => ({ ownerId: f.ownerId, description: f.description, dueDate: f.dueDate.toISOString().slice(0, 10) })),
          }
        : null,
    },
  };
}

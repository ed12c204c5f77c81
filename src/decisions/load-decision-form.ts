import type { Db } from '../db/prisma.js';
import type { DecisionFormData } from './build-decision-form.js';
import { formatCaseNumber } from '../i18n/format-numbers.js';

/** An item with what its decision form needs: the recorded decision and follow-ups, and the possible owners. */
export async function loadDecisionForm(db: Db, itemId: string): Promise<{ committeeId: string; data: DecisionFormData }> {
  const item = await db.agendaItem.findUniqueOrThrow({
    where: { id: itemId },
    include: {
      presenter: true,
      decision: { include: { followUps: { orderBy: { createdAt: 'asc' } } } },
      committee: { include: { memberships: { include: { person: true } } } },
    },
  });
  const owners = new Map<string, string>();
  for (const { person } of item.committee.memberships) owners.set(person.id, person.name);
  if (item.presenter) owners.set(item.presenter.id, item.presenter.name);
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
      owners: [...owners].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nb')),
    },
  };
}

// The review workflow as an explicit state machine. Pure: the server functions in lib/review ask
// it whether a step is allowed, then write the change, the review event and the audit row in one
// transaction.
//
//   new ──start──▶ in_review ──propose──▶ verdict_proposed ──approve──▶ approved ──publish──▶ published
//                     ▲   ▲                      │                                              │
//                     │   └──────propose─── returned ◀──return (with comment)                   │
//                     └──────────start──────────┘                                      correct ─┴─▶ corrected ─correct─┐
//                                                                                                        ▲─────────────┘
// Four eyes: whoever approves must be a reviewer (or admin) other than the proposer.
// Published claims are locked: the only way to change one is a correction, kept and shown publicly.
import type { ClaimStatus, Role } from '../generated/prisma/enums';

export type ReviewAction = 'start' | 'propose' | 'return' | 'approve' | 'publish' | 'correct';

interface Rule {
  from: readonly ClaimStatus[];
  to: ClaimStatus;
  roles: readonly Role[];
}

export const REVIEW_RULES: Record<ReviewAction, Rule> = {
  start: { from: ['new', 'returned'], to: 'in_review', roles: ['editor', 'admin'] },
  propose: { from: ['in_review', 'returned'], to: 'verdict_proposed', roles: ['editor', 'admin'] },
  return: { from: ['verdict_proposed'], to: 'returned', roles: ['reviewer', 'admin'] },
  approve: { from: ['verdict_proposed'], to: 'approved', roles: ['reviewer', 'admin'] },
  publish: { from: ['approved'], to: 'published', roles: ['editor', 'reviewer', 'admin'] },
  correct: { from: ['published', 'corrected'], to: 'corrected', roles: ['editor', 'reviewer', 'admin'] },
};

export const LOCKED_STATUSES: readonly ClaimStatus[] = ['approved', 'published', 'corrected'];

export type Refusal =
  | { reason: 'role'; needed: readonly Role[] }
  | { reason: 'status'; status: ClaimStatus; allowedFrom: readonly ClaimStatus[] }
  | { reason: 'own_verdict' }
  | { reason: 'comment_required' }
  | { reason: 'verdict_required' };

export interface TransitionCheck {
  action: ReviewAction;
  status: ClaimStatus;
  actor: { id: string; role: Role };
  proposedById: string | null;
  hasVerdict: boolean;
  comment?: string | null;
}

/** null when allowed; otherwise why not, in a form the UI can translate. */
export function refuseTransition(c: TransitionCheck): Refusal | null {
  const rule = REVIEW_RULES[c.action];
  if (!rule.roles.includes(c.actor.role)) return { reason: 'role', needed: rule.roles };
  if (!rule.from.includes(c.status)) return { reason: 'status', status: c.status, allowedFrom: rule.from };
  if (c.action === 'approve' && c.proposedById === c.actor.id) return { reason: 'own_verdict' };
  if ((c.action === 'return' || c.action === 'correct') && !c.comment?.trim()) return { reason: 'comment_required' };
  if ((c.action === 'approve' || c.action === 'publish') && !c.hasVerdict) return { reason: 'verdict_required' };
  return null;
}

/** The actions this actor could take now: drives which buttons the claim page shows. */
export function availableActions(c: Omit<TransitionCheck, 'action'>): ReviewAction[] {
  return (Object.keys(REVIEW_RULES) as ReviewAction[]).filter((action) => {
    const refusal = refuseTransition({ ...c, action, comment: 'x' });
    return refusal === null;
  });
}

export function isLocked(status: ClaimStatus): boolean {
  return LOCKED_STATUSES.includes(status);
}

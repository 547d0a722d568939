import { describe, it, expect } from 'vitest';
import { refuseTransition, availableActions, isLocked } from './state-machine';

const editor = { id: 'e1', role: 'editor' as const };
const editor2 = { id: 'e2', role: 'editor' as const };
const reviewer = { id: 'r1', role: 'reviewer' as const };
const admin = { id: 'a1', role: 'admin' as const };

describe('review state machine', () => {
  it('walks the happy path new → in_review → verdict_proposed → approved → published', () => {
    expect(refuseTransition({ action: 'start', status: 'new', actor: editor, proposedById: null, hasVerdict: false })).toBeNull();
    expect(refuseTransition({ action: 'propose', status: 'in_review', actor: editor, proposedById: null, hasVerdict: false })).toBeNull();
    expect(
      refuseTransition({ action: 'approve', status: 'verdict_proposed', actor: reviewer, proposedById: editor.id, hasVerdict: true }),
    ).toBeNull();
    expect(
      refuseTransition({ action: 'publish', status: 'approved', actor: editor, proposedById: editor.id, hasVerdict: true }),
    ).toBeNull();
  });

  it('four eyes: nobody approves their own verdict, not even an admin', () => {
    expect(
      refuseTransition({ action: 'approve', status: 'verdict_proposed', actor: admin, proposedById: admin.id, hasVerdict: true }),
    ).toEqual({ reason: 'own_verdict' });
  });

  it('editors cannot approve; reviewers cannot propose', () => {
    expect(
      refuseTransition({ action: 'approve', status: 'verdict_proposed', actor: editor2, proposedById: editor.id, hasVerdict: true })
        ?.reason,
    ).toBe('role');
    expect(
      refuseTransition({ action: 'propose', status: 'in_review', actor: reviewer, proposedById: null, hasVerdict: false })?.reason,
    ).toBe('role');
  });

  it('refuses steps from the wrong status', () => {
    expect(
      refuseTransition({ action: 'publish', status: 'verdict_proposed', actor: editor, proposedById: editor.id, hasVerdict: true }),
    ).toEqual({
      reason: 'status',
      status: 'verdict_proposed',
      allowedFrom: ['approved'],
    });
    expect(refuseTransition({ action: 'start', status: 'published', actor: editor, proposedById: null, hasVerdict: true })?.reason).toBe(
      'status',
    );
  });

  it('returning and correcting need a comment', () => {
    expect(
      refuseTransition({
        action: 'return',
        status: 'verdict_proposed',
        actor: reviewer,
        proposedById: editor.id,
        hasVerdict: true,
        comment: '  ',
      }),
    ).toEqual({ reason: 'comment_required' });
    expect(
      refuseTransition({
        action: 'correct',
        status: 'published',
        actor: editor,
        proposedById: editor.id,
        hasVerdict: true,
        comment: 'تصحيح الرقم',
      }),
    ).toBeNull();
  });

  it('lists what each role may do now', () => {
    expect(availableActions({ status: 'verdict_proposed', actor: reviewer, proposedById: editor.id, hasVerdict: true }).sort()).toEqual([
      'approve',
      'return',
    ]);
    expect(availableActions({ status: 'verdict_proposed', actor: editor, proposedById: editor.id, hasVerdict: true })).toEqual([]);
    expect(availableActions({ status: 'returned', actor: editor, proposedById: editor.id, hasVerdict: true }).sort()).toEqual([
      'propose',
      'start',
    ]);
  });

  it('locks approved and published claims against edits', () => {
    expect(isLocked('published')).toBe(true);
    expect(isLocked('approved')).toBe(true);
    expect(isLocked('in_review')).toBe(false);
  });
});

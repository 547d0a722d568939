import 'server-only';
import { transitionClaim, type TransitionInput } from './transition-claim';
import { revalidatePublicFactChecks } from '@/lib/fact-checks/revalidate-public';
import type { CurrentUser } from '@/lib/auth/current-user';

/**
 * What a review server action calls (not transitionClaim directly): the step, then, when it
 * changed what readers see (publish or correct), every instance's cached public pages are dropped.
 */
export async function transitionClaimAndRevalidate(actor: Pick<CurrentUser, 'id' | 'role'>, input: TransitionInput) {
  const result = await transitionClaim(actor, input);
  if ((input.action === 'publish' || input.action === 'correct') && result.factCheckSlug) {
    await revalidatePublicFactChecks(result.factCheckSlug);
  }
  return result;
}

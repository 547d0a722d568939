import { suggestLinksForClaims } from './suggest-links';

/** Suggestions are derived data: a failure here is logged, never undoes the editor's change. */
export async function suggestAfterEdit(claimId: number): Promise<void> {
  try {
    await suggestLinksForClaims([claimId]);
  } catch (e) {
    console.error(`[suggestLinksForClaims] claim ${claimId}:`, e);
  }
}

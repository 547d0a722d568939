// Hostile corpus × claim edit (the `saveClaim` server action of the claim page) and the link
// search (`searchClaims`, the search box of the claim's links tab that finds claims to link by
// hand). Each case goes in the way a crafted request would: past the form's maxLength, in every
// text field (speaker, via, a slot's raw text, unit and currency) and, for the malformed numbers,
// where numbers go (span, slot value, date parts, claim id). A saved edit is one new version with
// one audit row; a refused one leaves the claim, its slots and every table as they were; stored
// markup is shown as text.
import { test, expect, type APIRequestContext } from '@playwright/test';
import { CORPUS, textOf, type HostileCase } from './corpus';
import { actionId, actionOutcome, callAction, counts, expectActionHandled, record, signedInApi, watchForExecution, type ActionAnswer } from './support';
import { signIn } from '../support/auth';
import { db, makeArticle } from '../support/db';
import { cleanText } from '../../lib/validation/text';

const ACTIONS = 'app/[locale]/(editor)/editor/claims/[id]/actions.ts';
const SENTENCE = 'قال وزير المالية إن عجز الموازنة بلغ 12 مليار دولار في عام 2023.';

let api: APIRequestContext;
let saveId = '';
let searchId = '';
test.beforeAll(async () => {
  api = await signedInApi('editor');
  saveId = actionId(ACTIONS, 'saveClaim');
  searchId = actionId(ACTIONS, 'searchClaims');
});
test.afterAll(async () => {
  await api.dispose();
});

async function claimState(claimId: number) {
  const [claim, slots, audit] = await Promise.all([
    db().claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true, speaker: true, via: true, text: true, start: true, end: true } }),
    db().claimSlot.findMany({ where: { claimId }, select: { type: true, raw: true, unit: true, currency: true, value: true, year: true }, orderBy: { id: 'asc' } }),
    db().auditLog.count({ where: { entityId: String(claimId), entityType: { in: ['claim', 'slot'] } } }),
  ]);
  return { claim, slots, audit };
}

/** A number where one goes: the case read as a number when it is one, else the raw text. */
function asNumber(t: string): number | string {
  const n = Number(t);
  return t.trim() !== '' && Number.isFinite(n) ? n : t;
}

function editsOf(c: HostileCase, claimId: number, version: number): { variant: string; arg: Record<string, unknown>; speaker?: string }[] {
  const t = textOf(c);
  const n = asNumber(t);
  return [
    { variant: 'speaker', arg: { claimId, version, speaker: t, via: t }, speaker: t },
    { variant: 'slot', arg: { claimId, version, slots: [{ type: 'money', hedge: 'exact', value: 12, raw: t, unit: t, currency: t }] } },
    { variant: 'slot-fit', arg: { claimId, version, slots: [{ type: 'quantity', hedge: 'approx', value: 12, raw: t.slice(0, 300) || 'x', unit: t.slice(0, 60) }] } },
    {
      variant: 'numbers',
      arg: { claimId, version, span: { start: n, end: n }, slots: [{ type: 'date', hedge: 'exact', raw: '2023', value: n, year: n, month: n, day: n }] },
    },
    { variant: 'ids', arg: { claimId: n, version: n, speaker: 'x' } },
  ];
}

test.describe('hostile input: claim edit (saveClaim)', () => {
  for (const c of CORPUS) {
    test(`claim edit ${c.id}: ${c.label}`, async () => {
      const claimId = (await makeArticle(SENTENCE)).claims[0].id;
      const outcomes: string[] = [];
      for (const { variant, arg: template, speaker } of editsOf(c, claimId, 0)) {
        const before = await claimState(claimId);
        const all = await counts();
        const arg = { ...template, ...(template.claimId === claimId ? { version: before.claim.version } : {}) };
        const a: ActionAnswer = await callAction(api, `/ar/editor/claims/${claimId}`, saveId, arg);
        expectActionHandled(a, { entry: 'claim-edit', c, variant });
        const after = await claimState(claimId);
        if (a.result?.ok) {
          // one new version, one audit row, and what was stored is the text sent (controls dropped)
          expect(after.claim.version, variant).toBe(before.claim.version + 1);
          expect(after.audit, variant).toBe(before.audit + 1);
          if (speaker !== undefined) expect(after.claim.speaker, variant).toBe(cleanText(speaker) || null);
          for (const s of after.slots) expect(s.raw).not.toMatch(/\u0000/);
        } else {
          // refused: nothing written anywhere
          expect(after, `${c.id} ${variant}: a refused edit changed the claim`).toEqual(before);
          expect(await counts(), `${c.id} ${variant}: a refused edit wrote rows`).toEqual(all);
        }
        outcomes.push(`${variant} ${actionOutcome(a)}`);
      }
      record('claim-edit', c, outcomes.join(' · '));
    });
  }

  test('claim edit: a body that is not an argument list, and an unknown action', async () => {
    const claimId = (await makeArticle(SENTENCE)).claims[0].id;
    const before = await claimState(claimId);
    for (const raw of ['', 'null', '{"claimId":1}', '[', '["$1"]', '[{"claimId":"$@0"}]', '\u0000', '[{"__proto__":{"ok":true}}]']) {
      const a = await callAction(api, `/ar/editor/claims/${claimId}`, saveId, null, raw);
      expect(a.status, `${JSON.stringify(raw)}: ${a.body.slice(0, 200)}`).toBeLessThan(500);
      expect(a.body).not.toMatch(/\bat \/|node_modules|\.tsx?:\d+/);
      if (a.result) expect(a.result.ok, JSON.stringify(raw)).toBe(false);
    }
    const unknown = await callAction(api, `/ar/editor/claims/${claimId}`, 'f'.repeat(42), [{ claimId }]);
    expect(unknown.status).toBeLessThan(500);
    expect(await claimState(claimId)).toEqual(before);
  });
});

test.describe('hostile input: link search (searchClaims)', () => {
  let claimId = 0;
  test.beforeAll(async () => {
    claimId = (await makeArticle(SENTENCE)).claims[0].id;
  });

  for (const c of CORPUS) {
    test(`link search ${c.id}: ${c.label}`, async () => {
      const t = textOf(c);
      const outcomes: string[] = [];
      for (const [variant, q] of [
        ['as is', t],
        ['200 chars', t.slice(0, 200)],
      ] as const) {
        const before = await counts();
        const a = await callAction<{ id: number; text: string }[]>(api, `/ar/editor/claims/${claimId}`, searchId, { claimId, q });
        expectActionHandled(a, { entry: 'link-search', c, variant });
        if (a.result?.ok) {
          expect(Array.isArray(a.result.data)).toBe(true);
          for (const hit of a.result.data) {
            expect(hit.id).not.toBe(claimId);
            expect(typeof hit.text).toBe('string');
          }
        }
        // a search never writes
        expect(await counts()).toEqual(before);
        outcomes.push(`${variant}: ${a.result?.ok ? `${a.result.data.length} hits` : actionOutcome(a)}`);
      }
      record('link-search', c, outcomes.join(' · '));
    });
  }
});

test.describe('hostile input: claim edit and link search in the browser (markup stays text)', () => {
  test('markup saved as speaker through the form is shown as text, never run', async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, 'editor');
    for (const c of CORPUS.filter((x) => x.markup)) {
      const claimId = (await makeArticle(SENTENCE)).claims[0].id;
      const check = await watchForExecution(page);
      await page.goto(`/ar/editor/claims/${claimId}`);
      const form = page.getByTestId('claim-edit-form');
      const speaker = c.text!.slice(0, 200);
      await form.locator('input[name=speaker]').fill(speaker);
      await form.locator('button[type=submit]').click();
      await expect(form.getByRole('status')).toBeVisible();
      await expect.poll(async () => (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).speaker).toBe(cleanText(speaker));
      await page.reload();
      await expect(page.getByTestId('speaker')).toHaveText(cleanText(speaker));
      await check();
      // the history tab shows the audit row's before/after
      await page.goto(`/ar/editor/claims/${claimId}?tab=history`);
      await check();
      page.removeAllListeners('dialog');
    }
  });

  test('claims with markup found by the link search are listed as text; markup typed as the query never runs', async ({ page }) => {
    test.setTimeout(180_000);
    const marker = `${Math.floor(Math.random() * 1e9) + 1e9}`;
    const markupCases = CORPUS.filter((x) => x.markup);
    await makeArticle(markupCases.map((c) => `${c.text} قال الوزير إن ${marker} دولار أنفقت على ${c.id}.`).join('\n\n'));
    const claimId = (await makeArticle(SENTENCE)).claims[0].id;
    await signIn(page, 'editor');
    const check = await watchForExecution(page);
    await page.goto(`/ar/editor/claims/${claimId}?tab=links`);
    const box = page.getByRole('search').locator('input[type=search]');
    await box.fill(marker);
    await page.getByRole('search').locator('button[type=submit]').click();
    const results = page.getByTestId('link-search-results');
    await expect(results.locator('li').first()).toBeVisible();
    await expect(results).toContainText(marker);
    await check();
    for (const c of markupCases) {
      await box.fill(c.text!.slice(0, 200));
      await page.getByRole('search').locator('button[type=submit]').click();
      await page.waitForLoadState('networkidle');
      // an answer (hits or "no results"), never an error
      await expect(page.getByRole('search').locator('xpath=..').getByRole('alert')).toHaveCount(0);
      await check();
    }
    page.removeAllListeners('dialog');
  });
});

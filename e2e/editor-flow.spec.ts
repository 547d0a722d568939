// The whole editor flow of issue 5, in Arabic, on the seeded demo: the five seed articles come
// in through the folder import (already there, so each is reported with its existing article),
// the visit-count question shows the 10th/8th/6th visit, an editor records that the 10th and the
// 8th visit are different trips, proposes a verdict on a visit claim, cannot approve it, a
// reviewer approves it, and the claim's history shows each step.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { signIn } from './support/auth';
import { db } from './support/db';

const seeds = path.resolve(import.meta.dirname, '../seeds');

test('editor imports the seeds, untangles the visit-count question, and takes a verdict through four eyes', async ({ browser }) => {
  test.setTimeout(180_000);
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, 'editor');

  // 1. import the five seeds as a folder: each is recognized as already stored
  await editor.goto('/ar/editor/import');
  const files = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `seeds/${f}`, mimeType: 'text/plain', buffer: readFileSync(path.join(seeds, f)) }));
  expect(files).toHaveLength(5);
  await editor.setInputFiles('#bulk-files', files);
  await editor.getByRole('button', { name: 'بدء الاستيراد' }).click();
  await expect(editor.getByTestId('bulk-progress-text')).toContainText('انتهى الاستيراد', { timeout: 60_000 });
  const report = editor.getByTestId('bulk-report');
  await expect(report.locator('tr[data-status="duplicate"]')).toHaveCount(5);
  await expect(report.locator('tr[data-status="failed"]')).toHaveCount(0);

  // 2. the visit-count question: the values by outlet tell the story at a glance
  await editor.goto('/ar/editor/questions');
  await editor
    .getByTestId('questions-list')
    .getByRole('link', { name: /بلينكن/ })
    .first()
    .click();
  const values = editor.getByTestId('question-values');
  const valueFor = (outlet: string) =>
    values.locator('tbody tr', { has: editor.locator('th', { hasText: outlet }) }).getByTestId('question-value');
  await expect(valueFor('الحرة').first()).toContainText('10');
  await expect(valueFor('معا').first()).toContainText('8');
  await expect(valueFor('السومرية نيوز').first()).toContainText('6');

  // 3. open the eighth-visit claim of معا and record its relation to the tenth as different trips
  const maanRow = values.locator('tbody tr', { has: editor.locator('th', { hasText: 'معا' }) }).first();
  await maanRow.getByRole('link').click();
  await expect(editor).toHaveURL(/\/ar\/editor\/claims\/\d+$/);
  const eighthId = Number(editor.url().split('/').pop());
  await editor.goto(`/ar/editor/claims/${eighthId}?tab=links`);
  const tenthCard = editor.getByTestId('claim-link').filter({ hasText: 'العاشرة' }).first();
  await expect(tenthCard).toBeVisible();
  await tenthCard.getByLabel('العلاقة').selectOption('contradicts');
  await tenthCard.getByLabel('الاختلاف لأن الحدثين مختلفان').check();
  await tenthCard.getByLabel('ملاحظة').fill('الثامنة في حزيران 2024 والعاشرة بعد نحو عام: رحلتان مختلفتان، لا تناقض في العدّ.');
  await tenthCard.getByRole('button', { name: 'تأكيد' }).click();
  await expect(editor.getByTestId('claim-link').filter({ hasText: 'العاشرة' }).first()).toHaveAttribute('data-state', 'confirmed');
  await expect(editor.getByTestId('claim-link').filter({ hasText: 'العاشرة' }).first()).toHaveAttribute('data-relation', 'contradicts');

  // 4. propose a verdict on the eighth-visit claim
  await editor.goto(`/ar/editor/claims/${eighthId}?tab=review`);
  const status = await editor.getByTestId('claim-status').textContent();
  if (status === 'جديد' || status === 'أُعيد بملاحظة') {
    await editor.getByRole('button', { name: 'ابدأ المراجعة' }).click();
    await expect(editor.getByTestId('claim-status')).toHaveText('قيد المراجعة');
  }
  await editor.getByLabel('الحكم', { exact: true }).selectOption('true');
  await editor
    .getByLabel('التعليل')
    .fill('الجولة التي بدأت من القاهرة في 10 حزيران 2024 هي الثامنة لبلينكن في المنطقة منذ بدء الحرب، كما تذكر ثلاثة منافذ.');
  await editor.getByRole('button', { name: 'اقترح الحكم' }).click();
  await expect(editor.getByTestId('claim-status')).toHaveText('حكم مقترح');

  // 5. four eyes: the proposer is offered no approve step (the server refuses it too:
  //    lib/review/transition-claim.test.ts)
  await expect(editor.getByRole('button', { name: 'اعتمد الحكم' })).toHaveCount(0);
  await expect(editor.getByTestId('no-review-action')).toBeVisible();

  // 6. a reviewer approves
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, 'reviewer');
  await reviewer.goto(`/ar/editor/claims/${eighthId}?tab=review`);
  await reviewer.getByRole('button', { name: 'اعتمد الحكم' }).click();
  await expect(reviewer.getByTestId('claim-status')).toHaveText('معتمد');

  // 7. history shows every step, with who did it
  await editor.goto(`/ar/editor/claims/${eighthId}?tab=history`);
  const rows = editor.getByTestId('history-table').locator('tbody tr');
  const actions = await rows.evaluateAll((trs) => trs.map((r) => r.getAttribute('data-action')));
  expect(actions.slice(0, 2)).toEqual(['approve', 'propose']);
  expect(actions).toContain('confirm');
  await expect(rows.filter({ has: editor.locator('bdi', { hasText: 'verdict.approve' }) })).toContainText('مراجعة التحقق');
  await expect(rows.filter({ has: editor.locator('bdi', { hasText: 'verdict.propose' }) })).toContainText('محرر التحقق');

  const claim = await db().claim.findUniqueOrThrow({ where: { id: eighthId }, include: { proposedBy: true, approvedBy: true } });
  expect(claim.status).toBe('approved');
  expect(claim.proposedBy?.email).toBe('editor@sadaa.example');
  expect(claim.approvedBy?.email).toBe('reviewer@sadaa.example');
});

import { AccessToken } from 'livekit-server-sdk';
import { startClientPageServer } from '../sfu/clientPageServer';
import { startApy, type Apy } from '../support/apertium/apy';
import { silkScarf } from '../support/products';
import { expect, test } from './harness/fixtures';
import { configureLive, goLive, useTestSfu } from './support/live';

const live = useTestSfu();
let apy: Apy;
test.beforeAll(async () => {
  apy = await startApy();
});
test.afterAll(() => apy.stop());

test('a question written in Spanish on the viewer page is translated, put on screen, and answered in Spanish', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  configureLive(studio, live.sfu, 'questions', { translationProvider: 'apertium', translationUrl: apy.url });
  const addSource = page.getByRole('combobox', { name: 'Add source' });
  await addSource.selectOption('camera');
  await addSource.selectOption('question');
  await goLive(studio);

  const viewer = await context.newPage();
  await viewer.goto(`${await services.viewerPage.url()}?market=mx&name=Lucía`);
  await expect(viewer.getByRole('status', { name: 'CrossLive' })).toHaveText('En directo', {
    timeout: 15_000,
  });
  await viewer.getByLabel('Pregunta al presentador').fill('¿Cuánto cuesta el envío a México?');
  await viewer.getByRole('button', { name: 'Enviar' }).click();

  // In the studio: the question, as asked and in English (Apertium's own wording).
  const questions = page.getByRole('list', { name: 'Viewer questions' });
  const card = questions.getByRole('listitem', { name: '¿Cuánto cuesta el envío a México?' });
  await expect(card).toBeVisible({ timeout: 15_000 });
  await expect(card).toContainText('Lucía');
  await expect(card).toContainText('es');
  await expect(card.locator('.question__translation')).toHaveText(/Mexico/);
  const translation = await card.locator('.question__translation').innerText();

  // On screen: the program shows the question and its translation.
  await card.getByRole('button', { name: 'Show on screen' }).click();
  const onAir = page.locator('.on-air');
  await expect(onAir).toContainText('Lucía: ¿Cuánto cuesta el envío a México?');
  await expect(onAir).toContainText(translation);

  // The host answers in English; the viewer reads it in Spanish.
  await card.getByRole('button', { name: 'Reply' }).click();
  await card.getByLabel('Your answer, in your language').fill('Shipping to Mexico is free this week.');
  await card.getByRole('button', { name: 'Send to the asker' }).click();
  await expect(page.getByRole('region', { name: 'Viewer questions' }).getByRole('status')).toHaveText(
    'Answer sent in es.',
  );
  const replies = viewer.getByRole('region', { name: 'Respuestas del presentador' });
  await expect(replies).toContainText('Preguntaste: ¿Cuánto cuesta el envío a México?');
  await expect(replies.locator('p[lang="es"]')).toContainText(/México/);
  await expect(replies.locator('p[lang="es"]')).not.toContainText('Shipping');
  // Answered questions leave the queue.
  await expect(card).toBeHidden();
});

test('a question written under "The show starts soon" reaches the studio’s queue before the show goes live', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  configureLive(studio, live.sfu, 'early-questions');
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await expect(page.getByText('Ready to go live')).toBeVisible({ timeout: 15_000 });

  const viewer = await context.newPage();
  await viewer.goto(`${await services.viewerPage.url()}?market=us&name=Ann`);
  await expect(viewer.getByRole('status', { name: 'CrossLive' })).toHaveText('The show starts soon', {
    timeout: 15_000,
  });
  await viewer.getByLabel('Ask the host').fill('Does it ship to Texas?');
  await viewer.getByRole('button', { name: 'Send' }).click();

  const questions = page.getByRole('list', { name: 'Viewer questions' });
  await expect(questions.getByRole('listitem', { name: 'Does it ship to Texas?' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole('contentinfo').getByRole('status', { name: 'Show' })).toHaveText('Offline');
});

test('hostile comments stay text: markup, bidi tricks and floods neither run nor break the panel', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  configureLive(studio, live.sfu, 'hostile', { translationProvider: 'apertium', translationUrl: apy.url });
  await goLive(studio);
  const viewer = await context.newPage();
  await viewer.goto(`${await services.viewerPage.url()}?market=us-east`);
  await expect(viewer.getByRole('status', { name: 'CrossLive' })).toHaveText('Live', { timeout: 15_000 });
  const box = viewer.getByLabel('Ask the host');
  for (const text of [
    '<img src=x onerror="window.hacked=1"> is it waterproof?',
    'does it \u202Eeerf si gnippihs\u202C really?',
    '🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥 when does it ship?',
  ]) {
    await box.fill(text);
    await viewer.getByRole('button', { name: 'Send' }).click();
    await expect(viewer.getByRole('status').filter({ hasText: 'Sent' })).toBeVisible();
  }
  const questions = page.getByRole('list', { name: 'Viewer questions' });
  await expect(questions.getByRole('listitem')).toHaveCount(3, { timeout: 15_000 });
  await expect(questions).toContainText('<img src=x onerror="window.hacked=1"> is it waterproof?');
  await expect(questions).toContainText('does it eerf si gnippihs really?');
  await expect(questions).toContainText('🔥🔥🔥🔥🔥 when does it ship?');
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await expect(page.locator('.comments img')).toHaveCount(0);
});

test('the host drafts an answer from the featured product’s facts, in the viewer’s language, edits it and sends it', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  configureLive(studio, live.sfu, 'drafts', { translationProvider: 'apertium', translationUrl: apy.url });
  services.catalog.save(silkScarf);
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('productCard');
  await goLive(studio);
  const viewer = await context.newPage();
  await viewer.goto(`${await services.viewerPage.url()}?market=br&name=João`);
  await expect(viewer.getByRole('status', { name: 'CrossLive' })).toHaveText('Ao vivo', { timeout: 15_000 });
  await viewer.getByLabel('Pergunte ao apresentador').fill('Qual é o prazo de entrega?');
  await viewer.getByRole('button', { name: 'Enviar' }).click();

  const card = page.getByRole('list', { name: 'Viewer questions' }).getByRole('listitem', {
    name: 'Qual é o prazo de entrega?',
  });
  await card.getByRole('button', { name: 'Draft an answer' }).click({ timeout: 15_000 });
  await expect(card.getByText('Catalog facts in pt: check them before sending.')).toBeVisible();
  const answer = card.getByLabel('Your answer, in your language');
  await expect(answer).toHaveValue('Envio em 7–12 dias.');
  await answer.fill('Envio em 7–12 dias, com rastreio.');
  await card.getByRole('button', { name: 'Send to the asker' }).click();
  await expect(
    viewer.getByRole('region', { name: 'Respostas do apresentador' }).locator('p[lang="pt"]'),
  ).toHaveText('Envio em 7–12 dias, com rastreio.');
});

test('a comment in LiveKit’s older chat packets (sendChatMessage) reaches the queue too', async ({
  studio,
  context,
}) => {
  configureLive(studio, live.sfu, 'legacy-chat', {
    translationProvider: 'apertium',
    translationUrl: apy.url,
  });
  await goLive(studio);
  const pages = await startClientPageServer();
  try {
    const token = new AccessToken(live.apiKey, live.apiSecret, { identity: 'old-client', name: 'Marta' });
    token.addGrant({ room: 'legacy-chat', roomJoin: true, canSubscribe: true, canPublishData: true });
    const client = await context.newPage();
    await client.goto(pages.origin);
    await client.evaluate(
      async ({ url, jwt }) => {
        const lk = await import('/livekit-client.mjs' as string);
        const room = new lk.Room();
        await room.connect(url, jwt);
        await room.localParticipant.sendChatMessage('¿Hacen envíos a Chile?');
      },
      { url: live.sfu.url, jwt: await token.toJwt() },
    );
    const card = studio.page
      .getByRole('list', { name: 'Viewer questions' })
      .getByRole('listitem', { name: '¿Hacen envíos a Chile?' });
    await expect(card).toContainText('Marta', { timeout: 15_000 });
    await expect(card.locator('.question__translation')).toHaveText(/Chile/);
  } finally {
    await pages.close();
  }
});

test('a banned viewer who reloads the page stays banned: what they write next never reaches the queue', async ({
  studio,
  context,
}) => {
  const { page, services } = studio;
  configureLive(studio, live.sfu, 'bans');
  await page.getByRole('combobox', { name: 'Add source' }).selectOption('camera');
  await goLive(studio);
  // What main's comment service makes of each comment the studio hands it.
  const outcomes: { text: string; author: string; taken: boolean }[] = [];
  const ingest = services.comments.ingest.bind(services.comments);
  services.comments.ingest = (incoming) => {
    const taken = ingest(incoming);
    outcomes.push({ text: incoming.text, author: incoming.authorId, taken: taken !== undefined });
    return taken;
  };

  const viewer = await context.newPage();
  const ask = async (text: string) => {
    await expect(viewer.getByRole('status', { name: 'CrossLive' })).toHaveText('Live', { timeout: 15_000 });
    await viewer.getByLabel('Ask the host').fill(text);
    await viewer.getByRole('button', { name: 'Send' }).click();
  };
  await viewer.goto(`${await services.viewerPage.url()}?market=us&name=Troll`);
  await ask('Is this shop a scam?');
  const card = page
    .getByRole('list', { name: 'Viewer questions' })
    .getByRole('listitem', { name: 'Is this shop a scam?' });
  await card.getByRole('button', { name: 'Ban viewer' }).click({ timeout: 15_000 });
  const confirm = card.getByRole('group', { name: 'Ban viewer' });
  await expect(confirm).toContainText('Ban Troll?');
  await confirm.getByRole('button', { name: 'Ban', exact: true }).click();
  await expect(card).toBeHidden();

  await viewer.reload();
  await ask('Why can I not ask anything?');
  await expect
    .poll(() => outcomes.find((o) => o.text === 'Why can I not ask anything?'), { timeout: 15_000 })
    .toEqual({ text: 'Why can I not ask anything?', author: outcomes[0]?.author, taken: false });
  expect(services.db.prepare('SELECT COUNT(*) FROM banned_authors').pluck().get()).toBe(1);
  await expect(page.getByRole('list', { name: 'All comments' })).not.toContainText('Why can I not');

  // Unbanned from the list of banned viewers: the next question is taken in, the old one stays hidden.
  await page.getByText('Banned viewers', { exact: true }).click();
  const bannedList = page.getByRole('list', { name: 'Banned viewers' });
  await expect(bannedList.getByRole('listitem')).toHaveCount(1);
  await expect(bannedList).toContainText('Troll');
  await bannedList.getByRole('button', { name: 'Unban' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Troll can comment again' })).toBeVisible();
  await expect(bannedList.getByRole('listitem')).toHaveCount(0);
  expect(services.db.prepare('SELECT COUNT(*) FROM banned_authors').pluck().get()).toBe(0);
  await ask('Sorry, is the scarf real silk?');
  await expect(page.getByRole('list', { name: 'All comments' })).toContainText(
    'Sorry, is the scarf real silk?',
    {
      timeout: 15_000,
    },
  );
  await expect(page.getByRole('list', { name: 'All comments' })).not.toContainText('Is this shop a scam?');
});

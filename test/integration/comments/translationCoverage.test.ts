import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranslationCoverage } from '../../../src/shared/comments/translationCoverage';
import { apertiumPair, apyAvailable, startApy, type Apy } from '../../support/apertium/apy';
import { fakeService } from '../../support/fakeService';
import { buildServices, trustedSender } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';

/** The statuses of a coverage report, by viewer language. */
const byLanguage = (coverage: TranslationCoverage) =>
  Object.fromEntries(coverage.languages.map((l) => [l.language, l.status]));

describe('which viewers’ questions reach the host translated, as each service says', () => {
  const dir = makeTempDir('coverage-');
  let services: ReturnType<typeof buildServices>;
  let apy: Apy | undefined;
  beforeAll(async () => {
    if (apyAvailable) apy = await startApy();
    services = buildServices(dir.path);
  });
  afterAll(async () => {
    services.close();
    dir.remove();
    await apy?.stop();
  });
  const check = async () => {
    const answer = await services.router.dispatch(trustedSender, 'translation:checkCoverage', undefined);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as TranslationCoverage;
  };

  it.skipIf(!apyAvailable)(
    'real Apertium here: nothing reaches a Chinese host, Spanish reaches an English one',
    async () => {
      services.settings.update({
        translationProvider: 'apertium',
        translationUrl: apy?.url ?? '',
        language: 'zh-CN',
      });
      const chinese = await check();
      expect(chinese).toMatchObject({ provider: 'apertium', hostLanguage: 'zh', failure: null });
      expect(byLanguage(chinese)).toMatchObject({
        zh: 'host',
        en: 'missing',
        es: 'missing',
        pt: 'missing',
        ar: 'missing',
      });
      services.settings.update({ language: 'en' });
      // Portuguese and French through Catalan (por-cat, fra-cat and cat-eng are installed by .ci/run).
      expect(byLanguage(await check())).toMatchObject({
        en: 'host',
        es: 'covered',
        pt: apertiumPair('por-cat') ? 'covered' : 'missing',
        fr: apertiumPair('fra-cat') ? 'covered' : 'missing',
        id: 'missing',
        zh: 'missing',
      });
    },
  );

  it('LibreTranslate, DeepL and Google: each asked in its own documented format', async () => {
    // https://docs.libretranslate.com/guides/api_usage/ (GET /languages: code, targets)
    const libre = await fakeService(() => ({
      json: [
        { code: 'en', name: 'English', targets: ['zh', 'es'] },
        { code: 'pt', name: 'Portuguese', targets: ['en'] },
      ],
    }));
    // https://developers.deepl.com/api-reference/languages (GET /v2/languages?type=source|target)
    const deepl = await fakeService(({ path }) => ({
      json: path.includes('type=source')
        ? [{ language: 'EN' }, { language: 'PT' }, { language: 'ES' }]
        : [{ language: 'ZH-HANS' }, { language: 'EN-US' }],
    }));
    // https://cloud.google.com/translate/docs/reference/rest/v2/languages
    const google = await fakeService(() => ({
      json: { data: { languages: [{ language: 'zh-CN' }, { language: 'ar' }] } },
    }));
    try {
      services.settings.update({
        language: 'zh-CN',
        translationProvider: 'libretranslate',
        translationUrl: libre.url,
      });
      expect(byLanguage(await check())).toMatchObject({ en: 'covered', pt: 'missing', es: 'missing' });
      expect(libre.seen[0]?.path).toBe('/languages');

      services.settings.update({ translationProvider: 'deepl', translationUrl: deepl.url });
      services.secrets.set('translationApiKey', 'deepl-key:fx');
      expect(byLanguage(await check())).toMatchObject({
        en: 'covered',
        pt: 'covered',
        es: 'covered',
        ar: 'missing',
      });
      expect(deepl.seen.map((s) => s.path).sort()).toEqual([
        '/v2/languages?type=source',
        '/v2/languages?type=target',
      ]);
      expect(deepl.seen[0]?.headers.authorization).toBe('DeepL-Auth-Key deepl-key:fx');

      services.settings.update({ translationProvider: 'google', translationUrl: google.url });
      expect(byLanguage(await check())).toMatchObject({ ar: 'covered', en: 'missing' });
      expect(google.seen[0]?.path).toBe('/language/translate/v2/languages?key=deepl-key%3Afx');
    } finally {
      libre.close();
      deepl.close();
      google.close();
      services.secrets.clear('translationApiKey');
    }
  });

  it('takes a chat model to cover every language once it answers a test sentence', async () => {
    // https://platform.openai.com/docs/api-reference/chat/create (Ollama answers the same at /v1)
    const model = await fakeService(() => ({
      json: { choices: [{ message: { role: 'assistant', content: 'Hola, ¿está disponible?' } }] },
    }));
    try {
      services.settings.update({
        language: 'zh-CN',
        translationProvider: 'openai',
        translationUrl: model.url,
      });
      const coverage = await check();
      expect(coverage.languages.every((l) => l.status !== 'missing')).toBe(true);
      expect(model.seen[0]?.path).toBe('/chat/completions');
    } finally {
      model.close();
    }
  });

  it('says why when the service cannot be asked, or the key is refused', async () => {
    services.settings.update({
      language: 'zh-CN',
      translationProvider: 'libretranslate',
      translationUrl: 'http://127.0.0.1:9/',
    });
    const nowhere = await check();
    expect(nowhere.failure).toBe('unreachable');
    expect(nowhere.languages.filter((l) => l.status === 'covered')).toEqual([]);
    const refusing = await fakeService(() => ({ status: 403, json: { message: 'Wrong auth key' } }));
    try {
      services.settings.update({ translationProvider: 'deepl', translationUrl: refusing.url });
      expect((await check()).failure).toBe('keyRefused');
    } finally {
      refusing.close();
    }
    services.settings.update({ translationProvider: 'off' });
    expect(await check()).toMatchObject({ provider: 'off', failure: null });
  });
});

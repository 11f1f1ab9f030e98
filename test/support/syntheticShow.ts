import type { WindowEvent } from '../../src/shared/analytics/showEvents';
import type { MainCall, Services } from './callMain';

export interface ShowSize {
  hours: number;
  viewers: number;
  comments: number;
  clicks: number;
}

/** The studio's clock as the services read it: a simulated show moves it, else it is real time. */
export class ShowClock {
  private at: number | undefined;
  readonly now = (): number => this.at ?? Date.now();
  set(ms: number | undefined): void {
    this.at = ms;
  }
}

/** Where the viewers watch from, with their share, and the language their comments are in. */
const audience: [market: string, share: number, language: string][] = [
  ['br', 0.3, 'pt'],
  ['mx', 0.2, 'es'],
  ['us-east', 0.15, 'en'],
  ['id', 0.15, 'id'],
  ['sa', 0.1, 'ar'],
  ['th', 0.1, 'th'],
];

/** Questions viewers ask again and again, by language, and remarks that are not questions. */
const questions: Record<string, string[]> = {
  pt: [
    'Qual é o prazo de entrega para Recife?',
    'Tem na cor azul?',
    'Quanto custa o frete?',
    'É seda de verdade?',
  ],
  es: ['¿Cuánto cuesta el envío a México?', '¿Tiene garantía?', '¿Hay talla grande?'],
  en: ['Is it real silk?', 'How long is shipping?', 'Does it come in blue?'],
  id: ['Berapa ongkir ke Jakarta?', 'Ada warna biru?'],
  ar: ['كم سعر الشحن؟', 'هل يوجد لون أزرق؟'],
  th: ['ส่งกี่วันคะ?', 'มีสีฟ้าไหม?'],
};
const remarks: Record<string, string> = {
  pt: 'Que lindo!',
  es: 'Me encanta',
  en: 'Love it',
  id: 'Bagus sekali',
  ar: 'جميل جدا',
  th: 'สวยมาก',
};
const scenes = ['Factory floor', 'Warehouse', 'Close-up', 'Host'];
const products = ['Silk scarf', 'Clay teapot', 'Jade bracelet', 'Tea set', 'Fan'];

/** A seeded random source: the same show every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Viewer {
  id: string;
  market: string;
  language: string;
  joins: number;
  leaves: number;
}

/** The viewers in the room now, picked at random in constant time. */
class Watching {
  readonly all: Viewer[] = [];
  private readonly index = new Map<string, number>();

  add(viewer: Viewer): void {
    this.index.set(viewer.id, this.all.push(viewer) - 1);
  }

  remove(viewer: Viewer): void {
    const at = this.index.get(viewer.id);
    if (at === undefined) return;
    const last = this.all.pop();
    this.index.delete(viewer.id);
    if (!last) return;
    if (last !== viewer) {
      this.all[at] = last;
      this.index.set(last.id, at);
    }
  }
}

/**
 * A whole show through the studio's own IPC, as the window and the viewers would make it, on the
 * bench's clock: viewers joining and leaving, the audience counted every 10 s, comments and
 * questions (three in ten) with answers to most, buy clicks on the product on air, scene and
 * product changes, and a poll every half hour. The writer is flushed every quarter second of
 * show time, as its timer does on a real show, so each batch is what a quarter second brings.
 */
export async function recordSyntheticShow(
  services: Services,
  call: MainCall,
  clock: ShowClock,
  size: ShowSize,
  startAt: number,
): Promise<number> {
  const rand = random(20261201);
  const length = size.hours * 3_600_000;
  const endAt = startAt + length;
  const viewers: Viewer[] = Array.from({ length: size.viewers }, (_, i) => {
    let pick = rand();
    const [market, , language] = audience.find(([, share]) => (pick -= share) < 0) ??
      audience[0] ?? ['br', 1, 'pt'];
    const joins = startAt + rand() * length * 0.7;
    return {
      id: `viewer-${i}`,
      market,
      language,
      joins,
      leaves: Math.min(endAt, joins + (20 + rand() * 130) * 60_000),
    };
  });
  const times = (count: number): number[] =>
    Array.from({ length: count }, () => startAt + rand() * length).sort((a, b) => a - b);
  const commentTimes = times(size.comments);
  const clickTimes = times(size.clicks);
  const answers: { at: number; id: string }[] = [];
  const present = new Watching();
  const order = [...viewers].sort((a, b) => a.joins - b.joins);
  const byLeave = [...viewers].sort((a, b) => a.leaves - b.leaves);
  let joinNext = 0;
  let leaveNext = 0;
  let commentNext = 0;
  let clickNext = 0;
  let scene = -1;
  let product = -1;
  let pollId: string | undefined;

  clock.set(startAt);
  const show = await call('analytics:startShow');
  for (let t = startAt; t < endAt; t += 250) {
    clock.set(t);
    const batch: WindowEvent[] = [];
    if (Math.floor((t - startAt) / 720_000) !== scene) {
      scene = Math.floor((t - startAt) / 720_000);
      const name = scenes[scene % scenes.length] ?? 'Host';
      batch.push({ kind: 'scene', sceneId: `scene-${scene % scenes.length}`, name });
    }
    if (Math.floor((t - startAt) / 1_200_000) !== product) {
      product = Math.floor((t - startAt) / 1_200_000);
      const name = products[product % products.length] ?? 'Fan';
      batch.push({ kind: 'product', productId: `product-${product % products.length}`, name });
    }
    for (let v = order[joinNext]; v && v.joins <= t; v = order[++joinNext]) {
      present.add(v);
      batch.push({ kind: 'viewerJoin', viewer: v.id, market: v.market });
    }
    for (let v = byLeave[leaveNext]; v && v.leaves <= t; v = byLeave[++leaveNext]) {
      present.remove(v);
      batch.push({ kind: 'viewerLeave', viewer: v.id, market: v.market });
    }
    if ((t - startAt) % 10_000 === 0) {
      const counts: Record<string, number> = {};
      for (const v of present.all) counts[v.market] = (counts[v.market] ?? 0) + 1;
      batch.push({ kind: 'audience', destination: 'livekit', counts });
    }
    const someone = (): Viewer | undefined => present.all[Math.floor(rand() * present.all.length)];
    for (; (clickTimes[clickNext] ?? Infinity) <= t; clickNext++) {
      const v = someone();
      const productId = `product-${(rand() < 0.8 ? product : Math.floor(rand() * products.length)) % products.length}`;
      if (v) batch.push({ kind: 'buyClick', viewer: v.id, market: v.market, productId });
    }
    if (batch.length > 0) await call('analytics:record', batch);
    for (; (commentTimes[commentNext] ?? Infinity) <= t; commentNext++) {
      const v = someone();
      if (!v) continue;
      const asks = rand() < 0.3;
      const pool = questions[v.language] ?? [];
      const text = asks ? (pool[Math.floor(rand() * pool.length)] ?? '?') : (remarks[v.language] ?? '!');
      const comment = await call('comments:ingest', {
        source: 'livekit',
        authorId: v.id,
        authorName: v.id,
        text,
        language: v.language,
        market: v.market,
      });
      if (comment?.isQuestion && rand() < 0.75)
        answers.push({ at: t + (10 + rand() * 390) * 1000, id: comment.id });
    }
    answers.sort((a, b) => a.at - b.at);
    while ((answers[0]?.at ?? Infinity) <= t) {
      const due = answers.shift();
      if (due) await call('comments:setAnswered', { id: due.id, answered: true });
    }
    if ((t - startAt) % 1_800_000 === 900_000) {
      const poll = await call('polls:create', {
        question: 'Which colour next?',
        options: ['Red', 'Blue', 'Green'],
      });
      pollId = poll.id;
      for (const v of present.all.slice(0, 300))
        await call('polls:vote', { pollId, voter: v.id, option: Math.floor(rand() * 3) });
    }
    if (pollId && (t - startAt) % 1_800_000 === 1_500_000) {
      await call('polls:close');
      pollId = undefined;
    }
    services.shows.flush();
  }
  clock.set(endAt);
  await call('analytics:endShow');
  clock.set(undefined);
  return show.id;
}

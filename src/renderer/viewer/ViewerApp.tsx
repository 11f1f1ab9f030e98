import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { marketById, markets, type MarketId } from '../../shared/markets/markets';
import { roomModes } from '../../shared/live/roomModes';
import type { ReceptionReport } from '../../shared/live/viewerReception';
import { CommentBox } from './CommentBox';
import { PollPanel } from './PollPanel';
import { ProductPanel } from './ProductPanel';
import { ProgramVideo } from './ProgramVideo';
import { applyViewerLanguage } from './viewerText';
import { viewerBrowserKey } from './viewerBrowserKey';
import { ViewerSession } from './viewerSession';

export interface ViewerAppProps {
  tokenEndpoint: string;
  invite?: { serverUrl: string; token: string };
  name: string;
  initialMarket: MarketId;
}

/** The viewer's page: the show, the product on it in the viewer's market, questions and polls. */
export function ViewerApp({ tokenEndpoint, invite, name, initialMarket }: ViewerAppProps) {
  const { t } = useTranslation('viewer');
  const [market, setMarket] = useState<MarketId>(initialMarket);
  // A new market is a new language: rejoin with it, so the studio knows whom it talks to.
  const language = marketById(market).language;
  const session = useMemo(
    () =>
      new ViewerSession({ tokenEndpoint, invite, name, market, language, browserKey: viewerBrowserKey() }),
    [tokenEndpoint, invite, name, market, language],
  );
  useEffect(() => {
    applyViewerLanguage(language);
    void session.join();
    return () => void session.leave();
  }, [session, language]);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const reportReception = useCallback(
    (report: ReceptionReport) => void session.reportReception(report),
    [session],
  );
  const rules = roomModes[snapshot.mode];
  const product = (
    <ProductPanel
      product={snapshot.product}
      market={market}
      onBuy={(productId) => void session.buyClicked(productId)}
    />
  );
  const regionNames = new Intl.DisplayNames([marketById(market).locale], { type: 'region' });

  return (
    <main className="viewer">
      <header>
        <h1>{t('title')}</h1>
        <span
          role="status"
          aria-label={t('title')}
          className={`viewer-state viewer-state--${snapshot.state}`}
        >
          {t(snapshot.state ?? 'connecting')}
        </span>
        <label>
          {t('market')}{' '}
          <select value={market} onChange={(e) => setMarket(e.target.value as MarketId)}>
            {markets.map((m) => (
              <option key={m.id} value={m.id}>
                {regionNames.of(m.country)}
                {'area' in m ? ` (${m.area})` : ''}
              </option>
            ))}
          </select>
        </label>
      </header>
      {rules.productFirst && product}
      {snapshot.mode === 'voice' ? (
        <section className="viewer-voice" aria-label={t('voiceRoom')}>
          <h2>{t('voiceRoom')}</h2>
          <p>{t('speakers', { names: snapshot.speakers.join(', ') })}</p>
          <ProgramVideo video={undefined} audio={snapshot.audio} onAir={false} />
        </section>
      ) : (
        <ProgramVideo
          video={snapshot.video}
          audio={snapshot.audio}
          onAir={snapshot.state === 'live'}
          onReception={reportReception}
        />
      )}
      {snapshot.audio.length > 0 && snapshot.audioBlocked && (
        <button type="button" onClick={() => void session.startAudio()}>
          {t('tapForSound')}
        </button>
      )}
      {snapshot.state === 'failed' && (
        <button type="button" onClick={() => void session.join()}>
          {t('retry')}
        </button>
      )}
      {snapshot.guest && (
        <StageButtons session={session} onStage={snapshot.onStage} camera={rules.guestVideo} />
      )}
      {!rules.productFirst && product}
      {snapshot.poll && (
        <PollPanel
          poll={snapshot.poll}
          voted={snapshot.votes[snapshot.poll.id]}
          onVote={(option) => snapshot.poll && void session.vote(snapshot.poll.id, option)}
        />
      )}
      <CommentBox onSend={(text) => session.comment(text)} />
      {snapshot.replies.length > 0 && (
        <section aria-label={t('repliesTitle')} className="viewer-replies">
          <h2>{t('repliesTitle')}</h2>
          <ul>
            {snapshot.replies.map((reply, index) => (
              <li key={index}>
                <p className="viewer-muted">{t('replyTo', { question: reply.question })}</p>
                <p lang={reply.language} dir="auto">
                  {reply.text}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

/** A guest's way on and off the stage (camera and microphone, or microphone alone). */
function StageButtons({
  session,
  onStage,
  camera,
}: {
  session: ViewerSession;
  onStage: boolean;
  camera: boolean;
}) {
  const { t } = useTranslation('viewer');
  const [failed, setFailed] = useState(false);
  const act = (task: Promise<void>): void => {
    setFailed(false);
    task.catch(() => setFailed(true));
  };
  return (
    <div className="viewer-stage">
      {onStage ? (
        <>
          <span role="status">{t('onStage')}</span>
          <button type="button" onClick={() => act(session.leaveStage())}>
            {t('leaveStage')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => act(session.joinStage(camera))}>
          {t(camera ? 'joinCamera' : 'joinVoice')}
        </button>
      )}
      {failed && <span role="alert">{t('stageFailed')}</span>}
    </div>
  );
}

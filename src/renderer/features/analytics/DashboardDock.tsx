import { useTranslation } from 'react-i18next';
import { DockControls } from '../layout/DockControls';
import { useClock } from '../status/useClock';
import { useLiveFigures } from './useLiveFigures';
import { useMarketLabel } from './useMarketLabel';

/** The show's figures while it is on: viewers now by market, questions waiting, buy clicks per product. */
export function DashboardDock() {
  const { t, i18n } = useTranslation();
  const figures = useLiveFigures();
  const marketLabel = useMarketLabel();
  const now = useClock().getTime();
  const number = new Intl.NumberFormat(i18n.language);
  const total = figures?.viewers.reduce((sum, v) => sum + v.count, 0) ?? 0;
  const minutes = figures ? Math.max(0, Math.floor((now - figures.show.startedAt) / 60_000)) : 0;

  return (
    <section className="panel dashboard" aria-labelledby="dashboard-heading">
      <div className="panel__header">
        <h2 id="dashboard-heading">{t('analytics.dashboardTitle')}</h2>
        <DockControls title={t('analytics.dashboardTitle')} />
      </div>
      {!figures ? (
        <p className="muted">{t('analytics.notOnAir')}</p>
      ) : (
        <>
          <p className="muted">{t('analytics.onAirFor', { count: minutes })}</p>
          <dl className="dashboard__figures">
            <div>
              <dt>{t('analytics.viewersNow')}</dt>
              <dd>{number.format(total)}</dd>
            </div>
            <div>
              <dt>{t('analytics.questionsWaiting')}</dt>
              <dd>{number.format(figures.questionsWaiting)}</dd>
            </div>
            <div>
              <dt>{t('analytics.buyClicks')}</dt>
              <dd>{number.format(figures.clicks.reduce((sum, c) => sum + c.clicks, 0))}</dd>
            </div>
          </dl>
          <h3>{t('analytics.viewersByMarket')}</h3>
          <ul className="list dashboard__list" aria-label={t('analytics.viewersByMarket')}>
            {figures.viewers.map(({ market, count }) => (
              <li key={market}>
                <span>{marketLabel(market)}</span>
                <span className="dashboard__count">{number.format(count)}</span>
              </li>
            ))}
          </ul>
          <h3>{t('analytics.clicksByProduct')}</h3>
          {figures.clicks.length === 0 ? (
            <p className="muted">{t('analytics.noClicksYet')}</p>
          ) : (
            <ul className="list dashboard__list" aria-label={t('analytics.clicksByProduct')}>
              {figures.clicks.map(({ productId, name, clicks }) => (
                <li key={productId}>
                  <bdi>{name}</bdi>
                  <span className="dashboard__count">{number.format(clicks)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

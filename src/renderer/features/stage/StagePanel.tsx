import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/settings/settings';

/** Preview (the next scene) beside program (what viewers see), at the output's aspect ratio. */
export function StagePanel({ resolution }: { resolution: Settings['outputResolution'] }) {
  const { t } = useTranslation();
  const [width, height] = resolution.split('x').map(Number);
  return (
    <section className="stage" aria-label={t('stage.label')}>
      <figure className="stage__screen">
        <div className="stage__canvas" style={{ aspectRatio: `${width} / ${height}` }}>
          <span className="empty">{t('stage.emptyScene')}</span>
        </div>
        <figcaption>{t('stage.preview')}</figcaption>
      </figure>
      <figure className="stage__screen stage__screen--program">
        <div className="stage__canvas" style={{ aspectRatio: `${width} / ${height}` }}>
          <span className="empty">{t('stage.emptyScene')}</span>
        </div>
        <figcaption>{t('stage.program')}</figcaption>
      </figure>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { FeaturedProduct } from '../../shared/live/showData';
import type { MarketId } from '../../shared/markets/markets';

/** The product the host is showing, as sold in this viewer's market, with its buy link. */
export function ProductPanel({
  product,
  market,
  onBuy,
}: {
  product: FeaturedProduct | null;
  market: MarketId;
  /** Told of each click on the buy link; the link opens on its own, at once. */
  onBuy: (productId: string) => void;
}) {
  const { t } = useTranslation('viewer');
  if (!product) return <p className="viewer-muted">{t('noShow')}</p>;
  const offer = product.offers.find((o) => o.market === market);
  return (
    <section className="viewer-product" aria-label={product.name}>
      <h2>{product.name}</h2>
      {offer ? (
        <>
          <p className="viewer-price">
            {new Intl.NumberFormat(offer.locale, { style: 'currency', currency: offer.currency }).format(
              offer.price,
            )}
          </p>
          <ul>
            <li>{t('shipping', { min: offer.shippingDaysMin, max: offer.shippingDaysMax })}</li>
            {offer.returnDays > 0 && <li>{t('returns', { days: offer.returnDays })}</li>}
            {offer.warrantyMonths > 0 && <li>{t('warranty', { months: offer.warrantyMonths })}</li>}
            {offer.certifications.map((c) => (
              <li key={c} className="viewer-badge">
                {c}
              </li>
            ))}
          </ul>
          {offer.productUrl && (
            <a
              className="viewer-buy"
              href={offer.productUrl}
              target="_blank"
              rel="noopener noreferrer"
              onClick={() => onBuy(product.id)}
            >
              {t('buy')}
            </a>
          )}
        </>
      ) : (
        <p className="viewer-muted">{t('notInMarket')}</p>
      )}
      {product.description && <p className="viewer-description">{product.description}</p>}
    </section>
  );
}

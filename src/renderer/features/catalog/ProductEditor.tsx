import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  productSchema,
  productVariantSchema,
  type Product,
  type ProductVariant,
} from '../../../shared/catalog/product';
import { marketById, marketIds, type MarketId } from '../../../shared/markets/markets';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { useMarketName } from '../markets/useMarketName';
import { call } from '../../ipc/studio';
import { useStudio } from '../studio/StudioContext';
import { MediaThumbnail } from './MediaThumbnail';
import { SaveStatus, type SaveStatusValue } from '../settings/SaveStatus';

export function emptyProduct(id: string): Product {
  return { id, name: '', description: '', imageIds: [], variants: [] };
}

function newVariant(market: MarketId): ProductVariant {
  return {
    market,
    price: 0,
    currency: marketById(market).currency,
    shippingDaysMin: 5,
    shippingDaysMax: 10,
    returnDays: 30,
    warrantyMonths: 12,
    certifications: [],
    productUrl: '',
  };
}

/** Edits one product and its per-market variants; checked with the schema main uses. */
export function ProductEditor({
  initial,
  isNew,
  onDelete,
}: {
  initial: Product;
  isNew: boolean;
  onDelete?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const marketName = useMarketName();
  const { catalog } = useStudio();
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<SaveStatusValue>();

  const nameInvalid = draft.name.trim() === '';
  const invalidMarkets = draft.variants
    .filter((v) => !productVariantSchema.safeParse(v).success)
    .map((v) => v.market);
  const unusedMarkets = marketIds.filter((id) => !draft.variants.some((v) => v.market === id));

  const setVariant = (market: MarketId, change: Partial<ProductVariant>): void => {
    setStatus(undefined);
    setDraft((d) => ({
      ...d,
      variants: d.variants.map((v) => (v.market === market ? { ...v, ...change } : v)),
    }));
  };

  const save = (): void => {
    const parsed = productSchema.safeParse(draft);
    if (!parsed.success) {
      setStatus({ kind: 'error', text: t('catalog.invalid') });
      return;
    }
    catalog.save(parsed.data).then(
      () => setStatus({ kind: 'saved', text: t('catalog.saved') }),
      (e: unknown) => setStatus({ kind: 'error', text: errorMessage(e) }),
    );
  };

  const number = (market: MarketId, key: keyof ProductVariant, value: number, label: string, step = 1) => (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        min={0}
        step={step}
        value={Number.isFinite(value) ? value : ''}
        onChange={(e) => setVariant(market, { [key]: e.target.valueAsNumber })}
      />
    </label>
  );

  return (
    <form
      className="catalog__editor"
      aria-label={isNew ? t('catalog.add') : draft.name}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label className="field">
        <span>{t('catalog.name')}</span>
        <input
          value={draft.name}
          maxLength={120}
          aria-invalid={nameInvalid}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('catalog.description')}</span>
        <textarea
          value={draft.description}
          maxLength={2000}
          rows={3}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
      </label>

      <h3>{t('catalog.images')}</h3>
      <ul className="product-images" aria-label={t('catalog.images')}>
        {draft.imageIds.map((id, index) => (
          <li key={id}>
            <MediaThumbnail id={id} alt={t('catalog.imageNumber', { number: index + 1 })} />
            <button
              type="button"
              className="icon"
              aria-label={t('catalog.removeImage')}
              onClick={() => setDraft({ ...draft, imageIds: draft.imageIds.filter((x) => x !== id) })}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <label className="file-button">
        {t('catalog.addImage')}
        <input
          type="file"
          hidden
          accept="image/png,image/jpeg,image/webp,image/gif"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            void file
              .arrayBuffer()
              .then((buffer) =>
                call('media:import', { name: file.name, mimeType: file.type, data: new Uint8Array(buffer) }),
              )
              .then(
                (asset) => setDraft((d) => ({ ...d, imageIds: [...d.imageIds, asset.id] })),
                (e: unknown) => setStatus({ kind: 'error', text: errorMessage(e) }),
              );
          }}
        />
      </label>

      <h3>{t('catalog.variants')}</h3>
      {draft.variants.map((v) => (
        <fieldset key={v.market} aria-invalid={invalidMarkets.includes(v.market)}>
          <legend>{marketName(v.market)}</legend>
          <div className="field__grid">
            {number(v.market, 'price', v.price, t('catalog.price'), 0.01)}
            <label className="field">
              <span>{t('catalog.currency')}</span>
              <input
                value={v.currency}
                maxLength={3}
                onChange={(e) => setVariant(v.market, { currency: e.target.value.toUpperCase() })}
              />
            </label>
            {number(v.market, 'shippingDaysMin', v.shippingDaysMin, t('catalog.shippingMin'))}
            {number(v.market, 'shippingDaysMax', v.shippingDaysMax, t('catalog.shippingMax'))}
            {number(v.market, 'returnDays', v.returnDays, t('catalog.returnDays'))}
            {number(v.market, 'warrantyMonths', v.warrantyMonths, t('catalog.warrantyMonths'))}
          </div>
          <label className="field">
            <span>{t('catalog.certifications')}</span>
            <input
              value={v.certifications.join(', ')}
              onChange={(e) =>
                setVariant(v.market, {
                  certifications: e.target.value
                    .split(',')
                    .map((c) => c.trim())
                    .filter(Boolean),
                })
              }
            />
          </label>
          <label className="field">
            <span>{t('catalog.productUrl')}</span>
            <input
              value={v.productUrl}
              placeholder="https://"
              onChange={(e) => setVariant(v.market, { productUrl: e.target.value.trim() })}
            />
          </label>
          {invalidMarkets.includes(v.market) && (
            <span className="field-error">
              {t('catalog.variantInvalid', { market: marketName(v.market) })}
            </span>
          )}
          <button
            type="button"
            onClick={() =>
              setDraft({ ...draft, variants: draft.variants.filter((x) => x.market !== v.market) })
            }
          >
            {t('catalog.removeVariant')}
          </button>
        </fieldset>
      ))}
      {unusedMarkets.length > 0 && (
        <label className="inline-field">
          <span>{t('catalog.addVariant')}</span>
          <select
            value=""
            onChange={(e) => {
              const market = unusedMarkets.find((id) => id === e.target.value);
              if (market) setDraft({ ...draft, variants: [...draft.variants, newVariant(market)] });
            }}
          >
            <option value="" disabled>
              {t('catalog.chooseMarket')}
            </option>
            {unusedMarkets.map((id) => (
              <option key={id} value={id}>
                {marketName(id)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="settings__actions">
        <button type="submit" className="primary" disabled={nameInvalid || invalidMarkets.length > 0}>
          {t('catalog.save')}
        </button>
        {onDelete && (
          <button type="button" onClick={() => void onDelete()}>
            {t('catalog.delete')}
          </button>
        )}
        <SaveStatus status={status} />
      </div>
    </form>
  );
}

import { marketIds, type MarketId } from '../../../shared/markets/markets';
import { useMarketName } from './useMarketName';

/** A select of every viewer market, named in the UI language. */
export function MarketSelect({ value, onChange }: { value: MarketId; onChange(market: MarketId): void }) {
  const marketName = useMarketName();
  return (
    <select
      value={value}
      onChange={(event) => {
        const market = marketIds.find((id) => id === event.target.value);
        if (market) onChange(market);
      }}
    >
      {marketIds.map((id) => (
        <option key={id} value={id}>
          {marketName(id)}
        </option>
      ))}
    </select>
  );
}

// One commune's figures year by year: a line of rates, withheld years named, never drawn as zero.
import { useMemo } from 'react';
import { Chart } from '../../components/Chart';
import { Secret } from '../../components/Suppressed';
import { formatCount, formatRate } from '../../labels';

interface Point {
  period: string;
  value?: number | null;
  rate?: number | null;
  suppressed: boolean;
}

interface Props {
  indicatorLabel: string;
  commune: string;
  communes: { code: string; name: string }[];
  series: Point[];
  onCommune(code: string): void;
}

export function SeriesSection({ indicatorLabel, commune, communes, series, onCommune }: Props) {
  const name = communes.find((c) => c.code === commune)?.name ?? commune;
  const option = useMemo(
    () => ({
      grid: { left: 48, right: 24, top: 32, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: series.map((p) => p.period) },
      yAxis: { type: 'value', name: 'pour 1 000 hab.' },
      // A withheld year is a gap in the line (null), and is named below: never a zero.
      series: [
        {
          type: 'line',
          name: 'Taux pour 1 000 habitants',
          data: series.map((p) => (p.suppressed ? null : (p.rate ?? null))),
          connectNulls: false,
          itemStyle: { color: '#3b4a9c' },
        },
      ],
    }),
    [series],
  );
  const withheld = series.filter((p) => p.suppressed).map((p) => p.period);
  return (
    <section aria-labelledby="series-title">
      <h2 id="series-title">Évolution dans une commune</h2>
      <div className="picker">
        <label htmlFor="series-commune-picker">Commune</label>
        <select id="series-commune-picker" value={commune} onChange={(e) => onCommune(e.target.value)}>
          {communes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {series.length > 0 && (
        <>
          <Chart
            option={option}
            height={280}
            label={`${indicatorLabel} à ${name}, taux pour 1 000 habitants par année. Les chiffres sont dans le tableau ci-dessous.`}
          />
          {withheld.length > 0 && (
            <p className="note">
              Années sous secret statistique à {name} : {withheld.join(', ')}.
            </p>
          )}
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="series-table-caption">
            <table className="figures" data-testid="series-table">
              <caption id="series-table-caption">
                {indicatorLabel} à {name}, par année
              </caption>
              <thead>
                <tr>
                  <th scope="col">Année</th>
                  <th scope="col">Nombre</th>
                  <th scope="col">Taux pour 1 000</th>
                </tr>
              </thead>
              <tbody>
                {series.map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{p.period}</th>
                    <td className="num" data-cell="value">
                      {p.suppressed ? <Secret /> : p.value === null || p.value === undefined ? 'non diffusé' : formatCount(p.value)}
                    </td>
                    <td className="num">
                      {p.suppressed ? <Secret /> : p.rate === null || p.rate === undefined ? 'non diffusé' : formatRate(p.rate)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

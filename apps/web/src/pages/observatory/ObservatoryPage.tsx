// The observatory for the public: an indicator and a year, the 36 communes ranked in a chart and
// listed in a table, a commune's series; every figure as the graph gives it to an anonymous reader.
import { skipToken, useQuery } from '@apollo/client/react';
import { QueryState } from '../../components/QueryState';
import { CommuneList } from '../../operations/communes';
import { IndicatorSeries, ObservatoryIndicators } from '../../operations/observatory';
import { navigate, useLocation } from '../../router';
import { BreakdownSection } from './BreakdownSection';
import { SeriesSection } from './SeriesSection';

const DEFAULT_COMMUNE = '92050';

export function ObservatoryPage() {
  const { search } = useLocation();
  const indicators = useQuery(ObservatoryIndicators);
  const communes = useQuery(CommuneList);
  const communeLevel = (indicators.data?.indicators ?? []).filter((i) => i.geographicLevel === 'COMMUNE');
  const indicator = communeLevel.find((i) => i.code === search.get('indicateur')) ?? communeLevel[0];
  const commune = search.get('commune') ?? DEFAULT_COMMUNE;
  const series = useQuery(IndicatorSeries, indicator ? { variables: { indicator: indicator.code, commune } } : skipToken);
  const years = [...new Set((series.data?.indicatorSeries ?? []).map((o) => o.period))].sort().reverse();
  const year = years.includes(search.get('annee') ?? '') ? (search.get('annee') ?? '') : years[0];

  const go = (changes: Record<string, string>) => {
    const next = new URLSearchParams({ indicateur: indicator?.code ?? '', annee: year ?? '', commune, ...changes });
    navigate(`/observatoire?${next.toString()}`);
  };

  return (
    <>
      <h1>Observatoire des violences faites aux femmes</h1>
      <p className="lead">
        Les faits enregistrés par la police et la gendarmerie dans les 36 communes des Hauts-de-Seine, rapportés à la population.
      </p>
      <QueryState loading={indicators.loading && !indicators.data} error={indicators.error} />
      {indicator && (
        <form className="pickers" onSubmit={(e) => e.preventDefault()}>
          <div className="picker">
            <label htmlFor="indicator-picker">Indicateur</label>
            <select id="indicator-picker" value={indicator.code} onChange={(e) => go({ indicateur: e.target.value })}>
              {communeLevel.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.label}
                </option>
              ))}
            </select>
          </div>
          <div className="picker">
            <label htmlFor="year-picker">Année</label>
            <select id="year-picker" value={year ?? ''} onChange={(e) => go({ annee: e.target.value })} disabled={!year}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        </form>
      )}
      {indicator && <p className="definition">{indicator.definition}</p>}
      {indicator && year && <BreakdownSection indicator={indicator} year={year} source={series.data?.indicatorSeries[0]?.source ?? null} />}
      {indicator && (
        <SeriesSection
          indicatorLabel={indicator.label}
          commune={commune}
          communes={communes.data?.communes ?? []}
          series={series.data?.indicatorSeries ?? []}
          onCommune={(code) => go({ commune: code })}
        />
      )}
    </>
  );
}

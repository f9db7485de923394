// One indicator and year for the 36 communes: a ranked chart of rates with the department's
// value, and the table a screen reader (or anyone) can read, withheld cells said as such.
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Chart } from '../../components/Chart';
import { QueryState } from '../../components/QueryState';
import { Secret, SecretExplanation } from '../../components/Suppressed';
import { formatCount, formatRate } from '../../labels';
import { IndicatorBreakdown } from '../../operations/observatory';
import { Link } from '../../router';

interface Props {
  indicator: { code: string; label: string; unit: string; sourceOrganisation: string };
  year: string;
  source: string | null;
}

const FICTITIOUS = /fictive/i;

export function BreakdownSection({ indicator, year, source }: Props) {
  const { data, loading, error } = useQuery(IndicatorBreakdown, { variables: { indicator: indicator.code, period: year } });
  const breakdown = data?.indicatorBreakdown;
  const ranked = useMemo(
    () =>
      (breakdown?.communes ?? [])
        .filter((c): c is typeof c & { rate: number } => !c.suppressed && c.rate !== null && c.rate !== undefined)
        .sort((a, b) => b.rate - a.rate),
    [breakdown],
  );
  const department = breakdown?.departmentTotal;
  const option = useMemo(
    () => ({
      grid: { left: 150, right: 24, top: 24, bottom: 24 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', name: 'pour 1 000 hab.', nameLocation: 'end' },
      yAxis: { type: 'category', inverse: true, data: ranked.map((c) => c.commune.name), axisLabel: { fontSize: 11 } },
      series: [
        {
          type: 'bar',
          name: 'Taux pour 1 000 habitants',
          data: ranked.map((c) => c.rate),
          itemStyle: { color: '#3b4a9c' },
          markLine:
            department?.rate !== null && department?.rate !== undefined
              ? {
                  symbol: 'none',
                  label: { show: false },
                  lineStyle: { color: '#b3261e', type: 'dashed', width: 2 },
                  data: [{ xAxis: department.rate }],
                }
              : undefined,
        },
      ],
    }),
    [ranked, department],
  );
  const withheld = (breakdown?.communes ?? []).filter((c) => c.suppressed);
  const populationYears = [...new Set((breakdown?.communes ?? []).map((c) => c.commune.populationYear))].sort();

  return (
    <section aria-labelledby="breakdown-title">
      <h2 id="breakdown-title">
        {indicator.label} en {year}, par commune
      </h2>
      {source && FICTITIOUS.test(source) && <p className="badge-fictitious">Données fictives de démonstration</p>}
      <QueryState loading={loading && !data} error={error} />
      {breakdown && (
        <>
          {department?.rate !== null && department?.rate !== undefined && (
            <p className="chart-legend">
              <span className="dash" aria-hidden="true" />
              Hauts-de-Seine : {formatRate(department.rate)} pour 1 000 habitants
            </p>
          )}
          <Chart
            option={option}
            height={Math.max(320, ranked.length * 22 + 60)}
            label={`Taux pour 1 000 habitants en ${year}, communes classées du plus élevé au plus bas, avec la valeur du département. Les mêmes chiffres sont dans le tableau ci-dessous.`}
          />
          {withheld.length > 0 && (
            <p className="note">Non représentées (secret statistique) : {withheld.map((c) => c.commune.name).join(', ')}.</p>
          )}
          <SecretExplanation />
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="breakdown-table-caption">
            <table className="figures" data-testid="breakdown-table">
              <caption id="breakdown-table-caption">
                {indicator.label} ({indicator.unit}) en {year} : {breakdown.communes.length} communes
              </caption>
              <thead>
                <tr>
                  <th scope="col">Commune</th>
                  <th scope="col">Population</th>
                  <th scope="col">Nombre</th>
                  <th scope="col">Taux pour 1 000</th>
                  <th scope="col">Rang</th>
                  <th scope="col">Évolution sur un an</th>
                </tr>
              </thead>
              <tbody>
                {breakdown.communes.map((c) => (
                  <tr key={c.commune.code} data-commune={c.commune.code}>
                    <th scope="row">
                      <Link to={`/communes/${c.commune.code}`}>{c.commune.name}</Link>
                    </th>
                    <td className="num">{formatCount(c.commune.population)}</td>
                    <td className="num" data-cell="value">
                      {c.suppressed ? <Secret /> : c.value === null || c.value === undefined ? 'non diffusé' : formatCount(c.value)}
                    </td>
                    <td className="num">
                      {c.suppressed ? <Secret /> : c.rate === null || c.rate === undefined ? 'non diffusé' : formatRate(c.rate)}
                    </td>
                    <td className="num">{c.rank === null || c.rank === undefined ? 'non classée' : ordinal(c.rank)}</td>
                    <td className="num">
                      {c.suppressed ? <Secret /> : c.change === null || c.change === undefined ? 'non calculable' : signed(c.change)}
                    </td>
                  </tr>
                ))}
              </tbody>
              {department && (
                <tfoot>
                  <tr>
                    <th scope="row">Hauts-de-Seine (département)</th>
                    <td className="num">{formatCount(breakdown.communes.reduce((sum, c) => sum + c.commune.population, 0))}</td>
                    <td className="num" data-cell="value">
                      {department.suppressed ? (
                        <Secret />
                      ) : department.value === null || department.value === undefined ? (
                        'non diffusé'
                      ) : (
                        formatCount(department.value)
                      )}
                    </td>
                    <td className="num">
                      {department.suppressed ? (
                        <Secret />
                      ) : department.rate === null || department.rate === undefined ? (
                        'non diffusé'
                      ) : (
                        formatRate(department.rate)
                      )}
                    </td>
                    <td className="num">sans objet</td>
                    <td className="num">
                      {department.change === null || department.change === undefined ? 'non calculable' : signed(department.change)}
                    </td>
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
          <p className="source">
            Source : {indicator.sourceOrganisation}
            {source ? ` (${source})` : ''}. Population municipale INSEE, millésime {populationYears.join(', ')}.
          </p>
        </>
      )}
    </section>
  );
}

/** French ordinals (1re, 2e...): a rank is not a count, and must not read as one. */
const ordinal = (rank: number) => (rank === 1 ? '1re' : `${rank}e`);

const signed = (value: number) => (value > 0 ? `+${formatCount(value)}` : formatCount(value));

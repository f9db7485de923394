// The observatory's public figures: indicators, one commune's series, every commune's breakdown.
import { graphql } from '../gql';

export const ObservatoryIndicators = graphql(`
  query ObservatoryIndicators {
    indicators {
      code
      label
      unit
      definition
      sourceOrganisation
      geographicLevel
    }
  }
`);

export const IndicatorSeries = graphql(`
  query IndicatorSeries($indicator: ID!, $commune: ID) {
    indicatorSeries(indicator: $indicator, commune: $commune) {
      id
      period
      value
      rate
      suppressed
      disseminated
      source
    }
  }
`);

export const IndicatorBreakdown = graphql(`
  query IndicatorBreakdown($indicator: ID!, $period: String!) {
    indicatorBreakdown(indicator: $indicator, period: $period) {
      period
      previousPeriod
      communes {
        commune {
          code
          name
          population
          populationYear
        }
        value
        rate
        rank
        change
        suppressed
      }
      departmentTotal {
        value
        rate
        change
        suppressed
      }
    }
  }
`);

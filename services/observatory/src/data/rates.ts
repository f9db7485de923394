// Rates against a source's own: whether the rate a source printed (SSMSI `taux_pour_mille`)
// agrees with value / population up to that source's rounding.

/**
 * True when the printed rate is off by more than half a unit of its last printed decimal (plus a
 * hair for binary floating point): the source used another population, or the row is wrong.
 */
export function disagrees(value: number | null, population: number | null, sourceRate: number | null, decimals: number | null): boolean {
  if (value === null || !population || sourceRate === null) return false;
  const tolerance = 0.5 * 10 ** -(decimals ?? 0) + 1e-9;
  return Math.abs((value / population) * 1000 - sourceRate) > tolerance;
}

/** Decimals a French-format number was printed with ("4,125" → 3). */
export const printedDecimals = (text: string): number => {
  const comma = text.search(/[.,]/);
  return comma < 0 ? 0 : text.length - comma - 1;
};

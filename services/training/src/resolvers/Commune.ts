// Training's fields on the observatory's Commune: its training figures, disclosed to each
// reader by training-disclosure.ts, and audited when a raw reader sees what the public may not.
import { checkedYear } from '../data/argument-checks';
import { discloseCommuneFigures, publicWouldMissSome } from '../data/training-disclosure';
import type { CommuneResolvers } from '../generated/graphql';

export const Commune: CommuneResolvers = {
  // The observatory owns communes: the reference (its code) is all this subgraph needs.
  __resolveReference: ({ code }) => ({ code }),
  training: async ({ code }, { year }, { loaders, figures, audit }) => {
    const asked = year === null || year === undefined ? null : checkedYear(year);
    const all = await loaders.communeFigures.load(code);
    // A raw reader seeing what the public may not is an audited read (DESIGN 4).
    if (figures.raw && publicWouldMissSome(all, asked, figures.threshold)) {
      await audit({ action: 'training.figures.read.raw', subjectType: 'Commune', subjectId: code, details: { year: asked } });
    }
    return discloseCommuneFigures(all, asked, figures);
  },
};

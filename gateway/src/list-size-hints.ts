/**
 * Sizes of the graph's bounded lists that take no `first`/`limit`, for the cost estimate.
 * Without a hint a list counts as COST_DEFAULT_LIST_SIZE, which overprices the domain's small,
 * closed lists (36 communes, 7 sectors) and refused ordinary analyst queries. Each bound says
 * where it comes from; a list that can grow without bound must take `first` instead.
 */
export const LIST_SIZE_HINTS: Readonly<Record<string, number>> = {
  // The department has 36 communes (observatory reference data).
  'Query.communes': 36,
  'IndicatorBreakdown.communes': 36,
  'ProgrammeFigures.byCommune': 36,
  'TrainingStats.byCommune': 36,
  // The indicator catalogue of DESIGN.md 8.2 (15 today).
  'Query.indicators': 20,
  // One observation per year for an indicator and an area (demo data: 2019-2024).
  'Query.indicatorSeries': 10,
  'Commune.observations': 10,
  // The sector enum of the training subgraph (7 sectors).
  'CommuneTraining.bySector': 7,
  'CommuneTrainingFigures.bySector': 7,
  'TrainingStats.bySector': 7,
  // Programme figures by month: at most 60 months per request (mentoring bounds it).
  'ProgrammeFigures.byMonth': 60,
  // A person's certificates: a handful of courses in a career.
  'Mentor.certificates': 10,
  'Account.certificates': 10,
  // A mentorship's goals, milestones and the two participants' surveys.
  'Mentorship.goals': 10,
  'Goal.milestones': 10,
  'Mentorship.surveys': 2,
  'InspirationEvent.speakers': 5,
  // A suggestion's score parts (expertise, commune, format, language).
  'MatchSuggestion.parts': 4,
  // What one erasure counts (mentoring 4 items, training 4) and a person's erasures (one, plus
  // the retries of a failed part): issue 16.
  'ErasureReceipt.items': 6,
  'Account.mentoringErasureReceipts': 5,
  'Account.trainingErasureReceipts': 5,
  // A person's consents: the charter, a parental consent, one contact sharing per mentorship.
  'Account.consents': 10,
  'Mentee.consents': 10,
};

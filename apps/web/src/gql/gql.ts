/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      courseTitle\n      holderName\n      completedOn\n    }\n  }\n': typeof types.VerifyCertificateDocument;
  '\n  query CommuneList {\n    communes {\n      code\n      name\n    }\n  }\n': typeof types.CommuneListDocument;
  '\n  query CommuneOverview($code: ID!, $year: Int) {\n    commune(code: $code) {\n      code\n      name\n      population\n      populationYear\n      postalCodes\n      observations {\n        id\n        period\n        value\n        rate\n        suppressed\n        disseminated\n        source\n        indicator {\n          code\n          label\n          unit\n        }\n      }\n      mentoring {\n        mentorCount\n      }\n      training(year: $year) {\n        sessionCount\n        trainedCount\n        suppressed\n      }\n      supportServices {\n        id\n        name\n        kind\n        phone\n        hours\n        wholeDepartment\n      }\n    }\n  }\n': typeof types.CommuneOverviewDocument;
  '\n  query EmergencyNumbers {\n    emergencyNumbers {\n      number\n      label\n      channel\n      description\n    }\n  }\n': typeof types.EmergencyNumbersDocument;
  '\n  query FindCommunes($search: String!) {\n    findCommunes(search: $search) {\n      code\n      name\n      postalCodes\n    }\n  }\n': typeof types.FindCommunesDocument;
  '\n  query HelpNearCommune($code: ID!) {\n    commune(code: $code) {\n      code\n      name\n      postalCodes\n      supportServices {\n        id\n        name\n        kind\n        description\n        phone\n        hours\n        languages\n        accessibility\n        address\n        website\n        wholeDepartment\n        fictitious\n      }\n    }\n  }\n': typeof types.HelpNearCommuneDocument;
  '\n  query MentorDirectory($filter: MentorFilter, $first: Int, $after: String) {\n    mentors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          headline\n          expertise\n          formats\n          remainingCapacity\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.MentorDirectoryDocument;
  '\n  query MentorProfile($id: ID!) {\n    mentor(id: $id) {\n      id\n      displayName\n      headline\n      bio\n      expertise\n      languages\n      formats\n      remainingCapacity\n      readyToMentor\n      commune {\n        code\n        name\n      }\n    }\n  }\n': typeof types.MentorProfileDocument;
  '\n  query MyApplication {\n    me {\n      id\n      name\n      mentee {\n        id\n        firstName\n        status\n        appliedAt\n        projectSummary\n        interests\n        formats\n        commune {\n          code\n          name\n        }\n      }\n    }\n  }\n': typeof types.MyApplicationDocument;
  '\n  mutation ApplyAsMentee($input: MenteeApplicationInput!) {\n    applyAsMentee(input: $input) {\n      id\n      firstName\n      status\n      appliedAt\n      projectSummary\n      interests\n      formats\n      commune {\n        code\n        name\n      }\n    }\n  }\n': typeof types.ApplyAsMenteeDocument;
  '\n  query ObservatoryIndicators {\n    indicators {\n      code\n      label\n      unit\n      definition\n      sourceOrganisation\n      geographicLevel\n    }\n  }\n': typeof types.ObservatoryIndicatorsDocument;
  '\n  query IndicatorSeries($indicator: ID!, $commune: ID) {\n    indicatorSeries(indicator: $indicator, commune: $commune) {\n      id\n      period\n      value\n      rate\n      suppressed\n      disseminated\n      source\n    }\n  }\n': typeof types.IndicatorSeriesDocument;
  '\n  query IndicatorBreakdown($indicator: ID!, $period: String!) {\n    indicatorBreakdown(indicator: $indicator, period: $period) {\n      period\n      previousPeriod\n      communes {\n        commune {\n          code\n          name\n          population\n          populationYear\n        }\n        value\n        rate\n        rank\n        change\n        suppressed\n      }\n      departmentTotal {\n        value\n        rate\n        change\n        suppressed\n      }\n    }\n  }\n': typeof types.IndicatorBreakdownDocument;
  '\n  query TrainingCatalogue($from: String!) {\n    trainingCourses(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          durationHours\n          modality\n          targetSectors\n          topics\n        }\n      }\n    }\n    trainingSessions(filter: { from: $from, status: SCHEDULED }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          venue\n          seatsLeft\n          capacity\n          status\n          course {\n            id\n            title\n          }\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.TrainingCatalogueDocument;
};
const documents: Documents = {
  '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      courseTitle\n      holderName\n      completedOn\n    }\n  }\n':
    types.VerifyCertificateDocument,
  '\n  query CommuneList {\n    communes {\n      code\n      name\n    }\n  }\n': types.CommuneListDocument,
  '\n  query CommuneOverview($code: ID!, $year: Int) {\n    commune(code: $code) {\n      code\n      name\n      population\n      populationYear\n      postalCodes\n      observations {\n        id\n        period\n        value\n        rate\n        suppressed\n        disseminated\n        source\n        indicator {\n          code\n          label\n          unit\n        }\n      }\n      mentoring {\n        mentorCount\n      }\n      training(year: $year) {\n        sessionCount\n        trainedCount\n        suppressed\n      }\n      supportServices {\n        id\n        name\n        kind\n        phone\n        hours\n        wholeDepartment\n      }\n    }\n  }\n':
    types.CommuneOverviewDocument,
  '\n  query EmergencyNumbers {\n    emergencyNumbers {\n      number\n      label\n      channel\n      description\n    }\n  }\n':
    types.EmergencyNumbersDocument,
  '\n  query FindCommunes($search: String!) {\n    findCommunes(search: $search) {\n      code\n      name\n      postalCodes\n    }\n  }\n':
    types.FindCommunesDocument,
  '\n  query HelpNearCommune($code: ID!) {\n    commune(code: $code) {\n      code\n      name\n      postalCodes\n      supportServices {\n        id\n        name\n        kind\n        description\n        phone\n        hours\n        languages\n        accessibility\n        address\n        website\n        wholeDepartment\n        fictitious\n      }\n    }\n  }\n':
    types.HelpNearCommuneDocument,
  '\n  query MentorDirectory($filter: MentorFilter, $first: Int, $after: String) {\n    mentors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          headline\n          expertise\n          formats\n          remainingCapacity\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.MentorDirectoryDocument,
  '\n  query MentorProfile($id: ID!) {\n    mentor(id: $id) {\n      id\n      displayName\n      headline\n      bio\n      expertise\n      languages\n      formats\n      remainingCapacity\n      readyToMentor\n      commune {\n        code\n        name\n      }\n    }\n  }\n':
    types.MentorProfileDocument,
  '\n  query MyApplication {\n    me {\n      id\n      name\n      mentee {\n        id\n        firstName\n        status\n        appliedAt\n        projectSummary\n        interests\n        formats\n        commune {\n          code\n          name\n        }\n      }\n    }\n  }\n':
    types.MyApplicationDocument,
  '\n  mutation ApplyAsMentee($input: MenteeApplicationInput!) {\n    applyAsMentee(input: $input) {\n      id\n      firstName\n      status\n      appliedAt\n      projectSummary\n      interests\n      formats\n      commune {\n        code\n        name\n      }\n    }\n  }\n':
    types.ApplyAsMenteeDocument,
  '\n  query ObservatoryIndicators {\n    indicators {\n      code\n      label\n      unit\n      definition\n      sourceOrganisation\n      geographicLevel\n    }\n  }\n':
    types.ObservatoryIndicatorsDocument,
  '\n  query IndicatorSeries($indicator: ID!, $commune: ID) {\n    indicatorSeries(indicator: $indicator, commune: $commune) {\n      id\n      period\n      value\n      rate\n      suppressed\n      disseminated\n      source\n    }\n  }\n':
    types.IndicatorSeriesDocument,
  '\n  query IndicatorBreakdown($indicator: ID!, $period: String!) {\n    indicatorBreakdown(indicator: $indicator, period: $period) {\n      period\n      previousPeriod\n      communes {\n        commune {\n          code\n          name\n          population\n          populationYear\n        }\n        value\n        rate\n        rank\n        change\n        suppressed\n      }\n      departmentTotal {\n        value\n        rate\n        change\n        suppressed\n      }\n    }\n  }\n':
    types.IndicatorBreakdownDocument,
  '\n  query TrainingCatalogue($from: String!) {\n    trainingCourses(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          durationHours\n          modality\n          targetSectors\n          topics\n        }\n      }\n    }\n    trainingSessions(filter: { from: $from, status: SCHEDULED }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          venue\n          seatsLeft\n          capacity\n          status\n          course {\n            id\n            title\n          }\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.TrainingCatalogueDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      courseTitle\n      holderName\n      completedOn\n    }\n  }\n',
): (typeof documents)['\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      courseTitle\n      holderName\n      completedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommuneList {\n    communes {\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query CommuneList {\n    communes {\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CommuneOverview($code: ID!, $year: Int) {\n    commune(code: $code) {\n      code\n      name\n      population\n      populationYear\n      postalCodes\n      observations {\n        id\n        period\n        value\n        rate\n        suppressed\n        disseminated\n        source\n        indicator {\n          code\n          label\n          unit\n        }\n      }\n      mentoring {\n        mentorCount\n      }\n      training(year: $year) {\n        sessionCount\n        trainedCount\n        suppressed\n      }\n      supportServices {\n        id\n        name\n        kind\n        phone\n        hours\n        wholeDepartment\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CommuneOverview($code: ID!, $year: Int) {\n    commune(code: $code) {\n      code\n      name\n      population\n      populationYear\n      postalCodes\n      observations {\n        id\n        period\n        value\n        rate\n        suppressed\n        disseminated\n        source\n        indicator {\n          code\n          label\n          unit\n        }\n      }\n      mentoring {\n        mentorCount\n      }\n      training(year: $year) {\n        sessionCount\n        trainedCount\n        suppressed\n      }\n      supportServices {\n        id\n        name\n        kind\n        phone\n        hours\n        wholeDepartment\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EmergencyNumbers {\n    emergencyNumbers {\n      number\n      label\n      channel\n      description\n    }\n  }\n',
): (typeof documents)['\n  query EmergencyNumbers {\n    emergencyNumbers {\n      number\n      label\n      channel\n      description\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindCommunes($search: String!) {\n    findCommunes(search: $search) {\n      code\n      name\n      postalCodes\n    }\n  }\n',
): (typeof documents)['\n  query FindCommunes($search: String!) {\n    findCommunes(search: $search) {\n      code\n      name\n      postalCodes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HelpNearCommune($code: ID!) {\n    commune(code: $code) {\n      code\n      name\n      postalCodes\n      supportServices {\n        id\n        name\n        kind\n        description\n        phone\n        hours\n        languages\n        accessibility\n        address\n        website\n        wholeDepartment\n        fictitious\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HelpNearCommune($code: ID!) {\n    commune(code: $code) {\n      code\n      name\n      postalCodes\n      supportServices {\n        id\n        name\n        kind\n        description\n        phone\n        hours\n        languages\n        accessibility\n        address\n        website\n        wholeDepartment\n        fictitious\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MentorDirectory($filter: MentorFilter, $first: Int, $after: String) {\n    mentors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          headline\n          expertise\n          formats\n          remainingCapacity\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MentorDirectory($filter: MentorFilter, $first: Int, $after: String) {\n    mentors(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          displayName\n          headline\n          expertise\n          formats\n          remainingCapacity\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MentorProfile($id: ID!) {\n    mentor(id: $id) {\n      id\n      displayName\n      headline\n      bio\n      expertise\n      languages\n      formats\n      remainingCapacity\n      readyToMentor\n      commune {\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MentorProfile($id: ID!) {\n    mentor(id: $id) {\n      id\n      displayName\n      headline\n      bio\n      expertise\n      languages\n      formats\n      remainingCapacity\n      readyToMentor\n      commune {\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyApplication {\n    me {\n      id\n      name\n      mentee {\n        id\n        firstName\n        status\n        appliedAt\n        projectSummary\n        interests\n        formats\n        commune {\n          code\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyApplication {\n    me {\n      id\n      name\n      mentee {\n        id\n        firstName\n        status\n        appliedAt\n        projectSummary\n        interests\n        formats\n        commune {\n          code\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApplyAsMentee($input: MenteeApplicationInput!) {\n    applyAsMentee(input: $input) {\n      id\n      firstName\n      status\n      appliedAt\n      projectSummary\n      interests\n      formats\n      commune {\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ApplyAsMentee($input: MenteeApplicationInput!) {\n    applyAsMentee(input: $input) {\n      id\n      firstName\n      status\n      appliedAt\n      projectSummary\n      interests\n      formats\n      commune {\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ObservatoryIndicators {\n    indicators {\n      code\n      label\n      unit\n      definition\n      sourceOrganisation\n      geographicLevel\n    }\n  }\n',
): (typeof documents)['\n  query ObservatoryIndicators {\n    indicators {\n      code\n      label\n      unit\n      definition\n      sourceOrganisation\n      geographicLevel\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorSeries($indicator: ID!, $commune: ID) {\n    indicatorSeries(indicator: $indicator, commune: $commune) {\n      id\n      period\n      value\n      rate\n      suppressed\n      disseminated\n      source\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorSeries($indicator: ID!, $commune: ID) {\n    indicatorSeries(indicator: $indicator, commune: $commune) {\n      id\n      period\n      value\n      rate\n      suppressed\n      disseminated\n      source\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorBreakdown($indicator: ID!, $period: String!) {\n    indicatorBreakdown(indicator: $indicator, period: $period) {\n      period\n      previousPeriod\n      communes {\n        commune {\n          code\n          name\n          population\n          populationYear\n        }\n        value\n        rate\n        rank\n        change\n        suppressed\n      }\n      departmentTotal {\n        value\n        rate\n        change\n        suppressed\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IndicatorBreakdown($indicator: ID!, $period: String!) {\n    indicatorBreakdown(indicator: $indicator, period: $period) {\n      period\n      previousPeriod\n      communes {\n        commune {\n          code\n          name\n          population\n          populationYear\n        }\n        value\n        rate\n        rank\n        change\n        suppressed\n      }\n      departmentTotal {\n        value\n        rate\n        change\n        suppressed\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingCatalogue($from: String!) {\n    trainingCourses(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          durationHours\n          modality\n          targetSectors\n          topics\n        }\n      }\n    }\n    trainingSessions(filter: { from: $from, status: SCHEDULED }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          venue\n          seatsLeft\n          capacity\n          status\n          course {\n            id\n            title\n          }\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingCatalogue($from: String!) {\n    trainingCourses(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          summary\n          durationHours\n          modality\n          targetSectors\n          topics\n        }\n      }\n    }\n    trainingSessions(filter: { from: $from, status: SCHEDULED }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          venue\n          seatsLeft\n          capacity\n          status\n          course {\n            id\n            title\n          }\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;

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
  '\n  query CoordinationQueue($commune: ID) {\n    applied: mentees(filter: { status: APPLIED, commune: $commune }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          appliedAt\n          awaitingParentalConsent\n          projectSummary\n          interests\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    accepted: mentees(filter: { status: ACCEPTED, commune: $commune }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          interests\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    pendingMentors: mentorProfiles(status: PENDING, first: 50) {\n      edges {\n        node {\n          id\n          displayName\n          headline\n          expertise\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    programmeFigures {\n      total {\n        applications\n        matchesStarted\n        activeMatches\n        sessions\n        sessionHours\n        completionRate\n        averageSatisfaction\n      }\n    }\n  }\n': typeof types.CoordinationQueueDocument;
  '\n  query MatchSuggestions($menteeId: ID!) {\n    matchSuggestions(menteeId: $menteeId, limit: 5) {\n      score\n      mentor {\n        id\n        displayName\n        headline\n        commune {\n          code\n          name\n        }\n      }\n      parts {\n        criterion\n        points\n        explanation\n      }\n    }\n  }\n': typeof types.MatchSuggestionsDocument;
  '\n  mutation AcceptMentee($id: ID!) {\n    acceptMentee(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.AcceptMenteeDocument;
  '\n  mutation ApproveMentor($id: ID!) {\n    approveMentor(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.ApproveMentorDocument;
  '\n  mutation ProposeMatch($menteeId: ID!, $mentorId: ID!) {\n    proposeMatch(menteeId: $menteeId, mentorId: $mentorId) {\n      id\n      status\n    }\n  }\n': typeof types.ProposeMatchDocument;
  '\n  query CoordinationPairs($commune: ID) {\n    active: mentorships(status: ACTIVE, commune: $commune, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          startedAt\n          mentor {\n            id\n            displayName\n          }\n          mentee {\n            id\n            firstName\n          }\n          sessions(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n    proposed: mentorships(status: PROPOSED, commune: $commune, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          proposedAt\n          mentorAcceptedAt\n          menteeAcceptedAt\n          mentor {\n            id\n            displayName\n          }\n          mentee {\n            id\n            firstName\n          }\n        }\n      }\n    }\n  }\n': typeof types.CoordinationPairsDocument;
  '\n  mutation EndMatch($id: ID!, $reason: String!) {\n    endMatch(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n': typeof types.EndMatchDocument;
  '\n  query CharterVersion {\n    consentTextVersion(kind: CHARTER)\n  }\n': typeof types.CharterVersionDocument;
  '\n  query MyMentorships {\n    me {\n      id\n      mentee {\n        id\n        firstName\n        status\n        appliedAt\n        awaitingParentalConsent\n        commune {\n          code\n          name\n        }\n      }\n      mentor {\n        id\n        displayName\n        headline\n        status\n        expertise\n        capacity\n        remainingCapacity\n        commune {\n          code\n          name\n        }\n      }\n      mentorships(first: 5) {\n        edges {\n          node {\n            id\n            status\n            proposedAt\n            startedAt\n            endedAt\n            menteeAcceptedAt\n            mentorAcceptedAt\n            mentor {\n              id\n              displayName\n              headline\n            }\n            partnerContact {\n              email\n              phone\n            }\n            sessions(first: 20) {\n              edges {\n                node {\n                  id\n                  date\n                  durationMinutes\n                  format\n                  topics\n                  notes\n                }\n              }\n            }\n            goals {\n              id\n              title\n              status\n            }\n            surveys {\n              respondent\n              rating\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.MyMentorshipsDocument;
  '\n  mutation RecordParentalConsent($menteeId: ID!, $input: ParentalConsentInput!) {\n    recordParentalConsent(menteeId: $menteeId, input: $input) {\n      id\n    }\n  }\n': typeof types.RecordParentalConsentDocument;
  '\n  mutation RegisterAsMentor($input: MentorProfileInput!) {\n    registerAsMentor(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.RegisterAsMentorDocument;
  '\n  mutation AcceptMatch($id: ID!, $share: ContactShareInput) {\n    acceptMatch(id: $id, share: $share) {\n      id\n      status\n    }\n  }\n': typeof types.AcceptMatchDocument;
  '\n  mutation DeclineMatch($id: ID!) {\n    declineMatch(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.DeclineMatchDocument;
  '\n  mutation LogSession($mentorshipId: ID!, $input: SessionInput!) {\n    logSession(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n': typeof types.LogSessionDocument;
  '\n  mutation AddGoal($mentorshipId: ID!, $input: GoalInput!) {\n    addGoal(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n': typeof types.AddGoalDocument;
  '\n  mutation SubmitSurvey($mentorshipId: ID!, $input: SurveyInput!) {\n    submitSatisfactionSurvey(mentorshipId: $mentorshipId, input: $input) {\n      rating\n    }\n  }\n': typeof types.SubmitSurveyDocument;
  '\n  mutation CompleteMatch($id: ID!) {\n    completeMatch(id: $id) {\n      id\n      status\n    }\n  }\n': typeof types.CompleteMatchDocument;
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
  '\n  query CoordinationQueue($commune: ID) {\n    applied: mentees(filter: { status: APPLIED, commune: $commune }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          appliedAt\n          awaitingParentalConsent\n          projectSummary\n          interests\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    accepted: mentees(filter: { status: ACCEPTED, commune: $commune }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          interests\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    pendingMentors: mentorProfiles(status: PENDING, first: 50) {\n      edges {\n        node {\n          id\n          displayName\n          headline\n          expertise\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    programmeFigures {\n      total {\n        applications\n        matchesStarted\n        activeMatches\n        sessions\n        sessionHours\n        completionRate\n        averageSatisfaction\n      }\n    }\n  }\n':
    types.CoordinationQueueDocument,
  '\n  query MatchSuggestions($menteeId: ID!) {\n    matchSuggestions(menteeId: $menteeId, limit: 5) {\n      score\n      mentor {\n        id\n        displayName\n        headline\n        commune {\n          code\n          name\n        }\n      }\n      parts {\n        criterion\n        points\n        explanation\n      }\n    }\n  }\n':
    types.MatchSuggestionsDocument,
  '\n  mutation AcceptMentee($id: ID!) {\n    acceptMentee(id: $id) {\n      id\n      status\n    }\n  }\n': types.AcceptMenteeDocument,
  '\n  mutation ApproveMentor($id: ID!) {\n    approveMentor(id: $id) {\n      id\n      status\n    }\n  }\n': types.ApproveMentorDocument,
  '\n  mutation ProposeMatch($menteeId: ID!, $mentorId: ID!) {\n    proposeMatch(menteeId: $menteeId, mentorId: $mentorId) {\n      id\n      status\n    }\n  }\n':
    types.ProposeMatchDocument,
  '\n  query CoordinationPairs($commune: ID) {\n    active: mentorships(status: ACTIVE, commune: $commune, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          startedAt\n          mentor {\n            id\n            displayName\n          }\n          mentee {\n            id\n            firstName\n          }\n          sessions(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n    proposed: mentorships(status: PROPOSED, commune: $commune, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          proposedAt\n          mentorAcceptedAt\n          menteeAcceptedAt\n          mentor {\n            id\n            displayName\n          }\n          mentee {\n            id\n            firstName\n          }\n        }\n      }\n    }\n  }\n':
    types.CoordinationPairsDocument,
  '\n  mutation EndMatch($id: ID!, $reason: String!) {\n    endMatch(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n':
    types.EndMatchDocument,
  '\n  query CharterVersion {\n    consentTextVersion(kind: CHARTER)\n  }\n': types.CharterVersionDocument,
  '\n  query MyMentorships {\n    me {\n      id\n      mentee {\n        id\n        firstName\n        status\n        appliedAt\n        awaitingParentalConsent\n        commune {\n          code\n          name\n        }\n      }\n      mentor {\n        id\n        displayName\n        headline\n        status\n        expertise\n        capacity\n        remainingCapacity\n        commune {\n          code\n          name\n        }\n      }\n      mentorships(first: 5) {\n        edges {\n          node {\n            id\n            status\n            proposedAt\n            startedAt\n            endedAt\n            menteeAcceptedAt\n            mentorAcceptedAt\n            mentor {\n              id\n              displayName\n              headline\n            }\n            partnerContact {\n              email\n              phone\n            }\n            sessions(first: 20) {\n              edges {\n                node {\n                  id\n                  date\n                  durationMinutes\n                  format\n                  topics\n                  notes\n                }\n              }\n            }\n            goals {\n              id\n              title\n              status\n            }\n            surveys {\n              respondent\n              rating\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.MyMentorshipsDocument,
  '\n  mutation RecordParentalConsent($menteeId: ID!, $input: ParentalConsentInput!) {\n    recordParentalConsent(menteeId: $menteeId, input: $input) {\n      id\n    }\n  }\n':
    types.RecordParentalConsentDocument,
  '\n  mutation RegisterAsMentor($input: MentorProfileInput!) {\n    registerAsMentor(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.RegisterAsMentorDocument,
  '\n  mutation AcceptMatch($id: ID!, $share: ContactShareInput) {\n    acceptMatch(id: $id, share: $share) {\n      id\n      status\n    }\n  }\n':
    types.AcceptMatchDocument,
  '\n  mutation DeclineMatch($id: ID!) {\n    declineMatch(id: $id) {\n      id\n      status\n    }\n  }\n': types.DeclineMatchDocument,
  '\n  mutation LogSession($mentorshipId: ID!, $input: SessionInput!) {\n    logSession(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n':
    types.LogSessionDocument,
  '\n  mutation AddGoal($mentorshipId: ID!, $input: GoalInput!) {\n    addGoal(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n':
    types.AddGoalDocument,
  '\n  mutation SubmitSurvey($mentorshipId: ID!, $input: SurveyInput!) {\n    submitSatisfactionSurvey(mentorshipId: $mentorshipId, input: $input) {\n      rating\n    }\n  }\n':
    types.SubmitSurveyDocument,
  '\n  mutation CompleteMatch($id: ID!) {\n    completeMatch(id: $id) {\n      id\n      status\n    }\n  }\n': types.CompleteMatchDocument,
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
  source: '\n  query CoordinationQueue($commune: ID) {\n    applied: mentees(filter: { status: APPLIED, commune: $commune }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          appliedAt\n          awaitingParentalConsent\n          projectSummary\n          interests\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    accepted: mentees(filter: { status: ACCEPTED, commune: $commune }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          interests\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    pendingMentors: mentorProfiles(status: PENDING, first: 50) {\n      edges {\n        node {\n          id\n          displayName\n          headline\n          expertise\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    programmeFigures {\n      total {\n        applications\n        matchesStarted\n        activeMatches\n        sessions\n        sessionHours\n        completionRate\n        averageSatisfaction\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CoordinationQueue($commune: ID) {\n    applied: mentees(filter: { status: APPLIED, commune: $commune }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          appliedAt\n          awaitingParentalConsent\n          projectSummary\n          interests\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    accepted: mentees(filter: { status: ACCEPTED, commune: $commune }, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          interests\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    pendingMentors: mentorProfiles(status: PENDING, first: 50) {\n      edges {\n        node {\n          id\n          displayName\n          headline\n          expertise\n          commune {\n            code\n            name\n          }\n        }\n      }\n    }\n    programmeFigures {\n      total {\n        applications\n        matchesStarted\n        activeMatches\n        sessions\n        sessionHours\n        completionRate\n        averageSatisfaction\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatchSuggestions($menteeId: ID!) {\n    matchSuggestions(menteeId: $menteeId, limit: 5) {\n      score\n      mentor {\n        id\n        displayName\n        headline\n        commune {\n          code\n          name\n        }\n      }\n      parts {\n        criterion\n        points\n        explanation\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MatchSuggestions($menteeId: ID!) {\n    matchSuggestions(menteeId: $menteeId, limit: 5) {\n      score\n      mentor {\n        id\n        displayName\n        headline\n        commune {\n          code\n          name\n        }\n      }\n      parts {\n        criterion\n        points\n        explanation\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptMentee($id: ID!) {\n    acceptMentee(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptMentee($id: ID!) {\n    acceptMentee(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveMentor($id: ID!) {\n    approveMentor(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveMentor($id: ID!) {\n    approveMentor(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeMatch($menteeId: ID!, $mentorId: ID!) {\n    proposeMatch(menteeId: $menteeId, mentorId: $mentorId) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeMatch($menteeId: ID!, $mentorId: ID!) {\n    proposeMatch(menteeId: $menteeId, mentorId: $mentorId) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CoordinationPairs($commune: ID) {\n    active: mentorships(status: ACTIVE, commune: $commune, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          startedAt\n          mentor {\n            id\n            displayName\n          }\n          mentee {\n            id\n            firstName\n          }\n          sessions(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n    proposed: mentorships(status: PROPOSED, commune: $commune, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          proposedAt\n          mentorAcceptedAt\n          menteeAcceptedAt\n          mentor {\n            id\n            displayName\n          }\n          mentee {\n            id\n            firstName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CoordinationPairs($commune: ID) {\n    active: mentorships(status: ACTIVE, commune: $commune, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          startedAt\n          mentor {\n            id\n            displayName\n          }\n          mentee {\n            id\n            firstName\n          }\n          sessions(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n    proposed: mentorships(status: PROPOSED, commune: $commune, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          proposedAt\n          mentorAcceptedAt\n          menteeAcceptedAt\n          mentor {\n            id\n            displayName\n          }\n          mentee {\n            id\n            firstName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndMatch($id: ID!, $reason: String!) {\n    endMatch(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation EndMatch($id: ID!, $reason: String!) {\n    endMatch(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CharterVersion {\n    consentTextVersion(kind: CHARTER)\n  }\n',
): (typeof documents)['\n  query CharterVersion {\n    consentTextVersion(kind: CHARTER)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyMentorships {\n    me {\n      id\n      mentee {\n        id\n        firstName\n        status\n        appliedAt\n        awaitingParentalConsent\n        commune {\n          code\n          name\n        }\n      }\n      mentor {\n        id\n        displayName\n        headline\n        status\n        expertise\n        capacity\n        remainingCapacity\n        commune {\n          code\n          name\n        }\n      }\n      mentorships(first: 5) {\n        edges {\n          node {\n            id\n            status\n            proposedAt\n            startedAt\n            endedAt\n            menteeAcceptedAt\n            mentorAcceptedAt\n            mentor {\n              id\n              displayName\n              headline\n            }\n            partnerContact {\n              email\n              phone\n            }\n            sessions(first: 20) {\n              edges {\n                node {\n                  id\n                  date\n                  durationMinutes\n                  format\n                  topics\n                  notes\n                }\n              }\n            }\n            goals {\n              id\n              title\n              status\n            }\n            surveys {\n              respondent\n              rating\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyMentorships {\n    me {\n      id\n      mentee {\n        id\n        firstName\n        status\n        appliedAt\n        awaitingParentalConsent\n        commune {\n          code\n          name\n        }\n      }\n      mentor {\n        id\n        displayName\n        headline\n        status\n        expertise\n        capacity\n        remainingCapacity\n        commune {\n          code\n          name\n        }\n      }\n      mentorships(first: 5) {\n        edges {\n          node {\n            id\n            status\n            proposedAt\n            startedAt\n            endedAt\n            menteeAcceptedAt\n            mentorAcceptedAt\n            mentor {\n              id\n              displayName\n              headline\n            }\n            partnerContact {\n              email\n              phone\n            }\n            sessions(first: 20) {\n              edges {\n                node {\n                  id\n                  date\n                  durationMinutes\n                  format\n                  topics\n                  notes\n                }\n              }\n            }\n            goals {\n              id\n              title\n              status\n            }\n            surveys {\n              respondent\n              rating\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordParentalConsent($menteeId: ID!, $input: ParentalConsentInput!) {\n    recordParentalConsent(menteeId: $menteeId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordParentalConsent($menteeId: ID!, $input: ParentalConsentInput!) {\n    recordParentalConsent(menteeId: $menteeId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterAsMentor($input: MentorProfileInput!) {\n    registerAsMentor(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterAsMentor($input: MentorProfileInput!) {\n    registerAsMentor(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptMatch($id: ID!, $share: ContactShareInput) {\n    acceptMatch(id: $id, share: $share) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptMatch($id: ID!, $share: ContactShareInput) {\n    acceptMatch(id: $id, share: $share) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclineMatch($id: ID!) {\n    declineMatch(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclineMatch($id: ID!) {\n    declineMatch(id: $id) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogSession($mentorshipId: ID!, $input: SessionInput!) {\n    logSession(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation LogSession($mentorshipId: ID!, $input: SessionInput!) {\n    logSession(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddGoal($mentorshipId: ID!, $input: GoalInput!) {\n    addGoal(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddGoal($mentorshipId: ID!, $input: GoalInput!) {\n    addGoal(mentorshipId: $mentorshipId, input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitSurvey($mentorshipId: ID!, $input: SurveyInput!) {\n    submitSatisfactionSurvey(mentorshipId: $mentorshipId, input: $input) {\n      rating\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitSurvey($mentorshipId: ID!, $input: SurveyInput!) {\n    submitSatisfactionSurvey(mentorshipId: $mentorshipId, input: $input) {\n      rating\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteMatch($id: ID!) {\n    completeMatch(id: $id) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteMatch($id: ID!) {\n    completeMatch(id: $id) {\n      id\n      status\n    }\n  }\n'];
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

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What she agrees to show the other person of the mentorship; at least one. */
export type ContactShareInput = {
  email?: string | null | undefined;
  phone?: string | null | undefined;
};

export type EmergencyChannel =
  | 'PHONE'
  /** A text message (114, for deaf or hard-of-hearing people and anyone who cannot speak). */
  | 'SMS';

/** Geographic level of an indicator's finest figures. */
export type GeographicLevel =
  | 'COMMUNE'
  /** The tribunal judiciaire de Nanterre (covers the department). */
  | 'COURT'
  | 'DEPARTMENT';

export type GoalInput = {
  milestones: Array<string>;
  title: string;
};

export type GoalStatus = 'ACHIEVED' | 'DROPPED' | 'IN_PROGRESS' | 'OPEN';

export type MenteeApplicationInput = {
  availability: string;
  birthYear: number;
  /**
   * The version of the programme's charter she accepted (`consentTextVersion(kind: CHARTER)`), recorded
   * as a consent. Required (BAD_USER_INPUT without it or with another version); nullable in the
   * schema only so that an older client is told why rather than failing validation.
   */
  charterVersion?: string | null | undefined;
  commune: string | number;
  /** Her email for the programme's notifications (kept in her notification settings). */
  email?: string | null | undefined;
  firstName: string;
  formats: Array<MentoringFormat>;
  interests: Array<string>;
  /** Languages she speaks; French when omitted. */
  languages?: Array<string> | null | undefined;
  projectSummary: string;
  situation: string;
};

export type MenteeStatus = 'ACCEPTED' | 'ALUMNA' | 'APPLIED' | 'MATCHED' | 'WITHDRAWN';

export type MentorFilter = {
  /** INSEE code of the mentor's commune. */
  commune?: string | number | null | undefined;
  /** Any of these fields of expertise. */
  expertise?: Array<string> | null | undefined;
  format?: MentoringFormat | null | undefined;
  hasCapacity?: boolean | null | undefined;
};

export type MentorProfileInput = {
  bio?: string | null | undefined;
  capacity: number;
  /**
   * The version of the programme's charter she accepted (`consentTextVersion(kind: CHARTER)`), recorded
   * as a consent. Required (BAD_USER_INPUT without it or with another version); nullable in the
   * schema only so that an older client is told why rather than failing validation.
   */
  charterVersion?: string | null | undefined;
  /** INSEE code, one of the department's 36 communes. */
  commune: string | number;
  displayName: string;
  email?: string | null | undefined;
  expertise: Array<string>;
  formats: Array<MentoringFormat>;
  headline?: string | null | undefined;
  languages: Array<string>;
  phone?: string | null | undefined;
  published: boolean;
};

export type MentorStatus = 'APPROVED' | 'PENDING' | 'SUSPENDED';

export type MentoringFormat = 'IN_PERSON' | 'REMOTE';

export type MentorshipStatus = 'ACTIVE' | 'COMPLETED' | 'DECLINED' | 'ENDED' | 'PROPOSED';

export type Modality = 'HYBRID' | 'IN_PERSON' | 'REMOTE';

export type ParentalConsentInput = {
  /** YYYY-MM-DD, not in the future. */
  date: string;
  parentName: string;
};

/** The professional sectors of the department's actors. */
export type Sector = 'ASSOCIATION' | 'EDUCATION' | 'HEALTH' | 'JUSTICE' | 'LOCAL_GOVERNMENT' | 'POLICE_GENDARMERIE' | 'SOCIAL_WORK';

export type SessionInput = {
  /** ISO date (YYYY-MM-DD), not in the future. */
  date: string;
  durationMinutes: number;
  format: MentoringFormat;
  notes?: string | null | undefined;
  topics: Array<string>;
};

export type SessionStatus = 'CANCELLED' | 'COMPLETED' | 'SCHEDULED';

export type SupportServiceKind =
  | 'ASSOCIATION'
  /** Accueil de jour. */
  | 'DAY_CENTRE'
  | 'HEALTH'
  | 'HELPLINE'
  | 'LEGAL_AID'
  /** Lieu d'écoute, d'accueil et d'orientation (LEAO) and other listening points. */
  | 'LISTENING_POINT'
  | 'OTHER'
  /** Police or gendarmerie referent, social worker in a police station. */
  | 'POLICE_REFERENT'
  /** Emergency or longer-term housing; its address is confidential. */
  | 'SHELTER';

export type SurveyInput = {
  comment?: string | null | undefined;
  rating: number;
  wouldRecommend: boolean;
};

export type VerifyCertificateQueryVariables = Exact<{
  code: string;
}>;

export type VerifyCertificateQuery = {
  __typename: 'Query';
  verifyCertificate: { __typename: 'CertificateVerification'; courseTitle: string; holderName: string; completedOn: string } | null;
};

export type CommuneListQueryVariables = Exact<{ [key: string]: never }>;

export type CommuneListQuery = { __typename: 'Query'; communes: Array<{ __typename: 'Commune'; code: string; name: string }> };

export type CommuneOverviewQueryVariables = Exact<{
  code: string | number;
  year?: number | null | undefined;
}>;

export type CommuneOverviewQuery = {
  __typename: 'Query';
  commune: {
    __typename: 'Commune';
    code: string;
    name: string;
    population: number;
    populationYear: number;
    postalCodes: Array<string>;
    observations: Array<{
      __typename: 'Observation';
      id: string;
      period: string;
      value: number | null;
      rate: number | null;
      suppressed: boolean;
      disseminated: boolean;
      source: string;
      indicator: { __typename: 'Indicator'; code: string; label: string; unit: string };
    }>;
    mentoring: { __typename: 'CommuneMentoring'; mentorCount: number };
    training: { __typename: 'CommuneTraining'; sessionCount: number; trainedCount: number | null; suppressed: boolean };
    supportServices: Array<{
      __typename: 'SupportService';
      id: string;
      name: string;
      kind: SupportServiceKind;
      phone: string | null;
      hours: string | null;
      wholeDepartment: boolean;
    }>;
  } | null;
};

export type EmergencyNumbersQueryVariables = Exact<{ [key: string]: never }>;

export type EmergencyNumbersQuery = {
  __typename: 'Query';
  emergencyNumbers: Array<{ __typename: 'EmergencyNumber'; number: string; label: string; channel: EmergencyChannel; description: string }>;
};

export type FindCommunesQueryVariables = Exact<{
  search: string;
}>;

export type FindCommunesQuery = {
  __typename: 'Query';
  findCommunes: Array<{ __typename: 'Commune'; code: string; name: string; postalCodes: Array<string> }>;
};

export type HelpNearCommuneQueryVariables = Exact<{
  code: string | number;
}>;

export type HelpNearCommuneQuery = {
  __typename: 'Query';
  commune: {
    __typename: 'Commune';
    code: string;
    name: string;
    postalCodes: Array<string>;
    supportServices: Array<{
      __typename: 'SupportService';
      id: string;
      name: string;
      kind: SupportServiceKind;
      description: string | null;
      phone: string | null;
      hours: string | null;
      languages: Array<string>;
      accessibility: string | null;
      address: string | null;
      website: string | null;
      wholeDepartment: boolean;
      fictitious: boolean;
    }>;
  } | null;
};

export type MentorDirectoryQueryVariables = Exact<{
  filter?: MentorFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type MentorDirectoryQuery = {
  __typename: 'Query';
  mentors: {
    __typename: 'MentorConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'MentorEdge';
      node: {
        __typename: 'Mentor';
        id: string;
        displayName: string;
        headline: string | null;
        expertise: Array<string>;
        formats: Array<MentoringFormat>;
        remainingCapacity: number;
        commune: { __typename: 'Commune'; code: string; name: string };
      };
    }>;
  };
};

export type MentorProfileQueryVariables = Exact<{
  id: string | number;
}>;

export type MentorProfileQuery = {
  __typename: 'Query';
  mentor: {
    __typename: 'Mentor';
    id: string;
    displayName: string;
    headline: string | null;
    bio: string | null;
    expertise: Array<string>;
    languages: Array<string>;
    formats: Array<MentoringFormat>;
    remainingCapacity: number;
    readyToMentor: boolean;
    commune: { __typename: 'Commune'; code: string; name: string };
  } | null;
};

export type MyApplicationQueryVariables = Exact<{ [key: string]: never }>;

export type MyApplicationQuery = {
  __typename: 'Query';
  me: {
    __typename: 'Account';
    id: string;
    name: string | null;
    mentee: {
      __typename: 'Mentee';
      id: string;
      firstName: string;
      status: MenteeStatus;
      appliedAt: string;
      projectSummary: string;
      interests: Array<string>;
      formats: Array<MentoringFormat>;
      commune: { __typename: 'Commune'; code: string; name: string };
    } | null;
  } | null;
};

export type ApplyAsMenteeMutationVariables = Exact<{
  input: MenteeApplicationInput;
}>;

export type ApplyAsMenteeMutation = {
  __typename: 'Mutation';
  applyAsMentee: {
    __typename: 'Mentee';
    id: string;
    firstName: string;
    status: MenteeStatus;
    appliedAt: string;
    projectSummary: string;
    interests: Array<string>;
    formats: Array<MentoringFormat>;
    commune: { __typename: 'Commune'; code: string; name: string };
  };
};

export type ObservatoryIndicatorsQueryVariables = Exact<{ [key: string]: never }>;

export type ObservatoryIndicatorsQuery = {
  __typename: 'Query';
  indicators: Array<{
    __typename: 'Indicator';
    code: string;
    label: string;
    unit: string;
    definition: string;
    sourceOrganisation: string;
    geographicLevel: GeographicLevel;
  }>;
};

export type IndicatorSeriesQueryVariables = Exact<{
  indicator: string | number;
  commune?: string | number | null | undefined;
}>;

export type IndicatorSeriesQuery = {
  __typename: 'Query';
  indicatorSeries: Array<{
    __typename: 'Observation';
    id: string;
    period: string;
    value: number | null;
    rate: number | null;
    suppressed: boolean;
    disseminated: boolean;
    source: string;
  }>;
};

export type IndicatorBreakdownQueryVariables = Exact<{
  indicator: string | number;
  period: string;
}>;

export type IndicatorBreakdownQuery = {
  __typename: 'Query';
  indicatorBreakdown: {
    __typename: 'IndicatorBreakdown';
    period: string;
    previousPeriod: string;
    communes: Array<{
      __typename: 'BreakdownCell';
      value: number | null;
      rate: number | null;
      rank: number | null;
      change: number | null;
      suppressed: boolean;
      commune: { __typename: 'Commune'; code: string; name: string; population: number; populationYear: number };
    }>;
    departmentTotal: {
      __typename: 'DepartmentTotal';
      value: number | null;
      rate: number | null;
      change: number | null;
      suppressed: boolean;
    };
  };
};

export type CoordinationQueueQueryVariables = Exact<{
  commune?: string | number | null | undefined;
}>;

export type CoordinationQueueQuery = {
  __typename: 'Query';
  applied: {
    __typename: 'MenteeConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'MenteeEdge';
      node: {
        __typename: 'Mentee';
        id: string;
        firstName: string;
        appliedAt: string;
        awaitingParentalConsent: boolean;
        projectSummary: string;
        interests: Array<string>;
        commune: { __typename: 'Commune'; code: string; name: string };
      };
    }>;
  };
  accepted: {
    __typename: 'MenteeConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'MenteeEdge';
      node: {
        __typename: 'Mentee';
        id: string;
        firstName: string;
        interests: Array<string>;
        commune: { __typename: 'Commune'; code: string; name: string };
      };
    }>;
  };
  pendingMentors: {
    __typename: 'MentorConnection';
    edges: Array<{
      __typename: 'MentorEdge';
      node: {
        __typename: 'Mentor';
        id: string;
        displayName: string;
        headline: string | null;
        expertise: Array<string>;
        commune: { __typename: 'Commune'; code: string; name: string };
      };
    }>;
  };
  programmeFigures: {
    __typename: 'ProgrammeFigures';
    total: {
      __typename: 'ProgrammeCounts';
      applications: number;
      matchesStarted: number;
      activeMatches: number;
      sessions: number;
      sessionHours: number;
      completionRate: number | null;
      averageSatisfaction: number | null;
    };
  };
};

export type MatchSuggestionsQueryVariables = Exact<{
  menteeId: string | number;
}>;

export type MatchSuggestionsQuery = {
  __typename: 'Query';
  matchSuggestions: Array<{
    __typename: 'MatchSuggestion';
    score: number;
    mentor: {
      __typename: 'Mentor';
      id: string;
      displayName: string;
      headline: string | null;
      commune: { __typename: 'Commune'; code: string; name: string };
    };
    parts: Array<{ __typename: 'ScorePart'; criterion: string; points: number; explanation: string }>;
  }>;
};

export type AcceptMenteeMutationVariables = Exact<{
  id: string | number;
}>;

export type AcceptMenteeMutation = { __typename: 'Mutation'; acceptMentee: { __typename: 'Mentee'; id: string; status: MenteeStatus } };

export type ApproveMentorMutationVariables = Exact<{
  id: string | number;
}>;

export type ApproveMentorMutation = { __typename: 'Mutation'; approveMentor: { __typename: 'Mentor'; id: string; status: MentorStatus } };

export type ProposeMatchMutationVariables = Exact<{
  menteeId: string | number;
  mentorId: string | number;
}>;

export type ProposeMatchMutation = {
  __typename: 'Mutation';
  proposeMatch: { __typename: 'Mentorship'; id: string; status: MentorshipStatus };
};

export type CoordinationPairsQueryVariables = Exact<{
  commune?: string | number | null | undefined;
}>;

export type CoordinationPairsQuery = {
  __typename: 'Query';
  active: {
    __typename: 'MentorshipConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'MentorshipEdge';
      node: {
        __typename: 'Mentorship';
        id: string;
        startedAt: string | null;
        mentor: { __typename: 'Mentor'; id: string; displayName: string };
        mentee: { __typename: 'Mentee'; id: string; firstName: string };
        sessions: { __typename: 'MentoringSessionConnection'; totalCount: number };
      };
    }>;
  };
  proposed: {
    __typename: 'MentorshipConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'MentorshipEdge';
      node: {
        __typename: 'Mentorship';
        id: string;
        proposedAt: string;
        mentorAcceptedAt: string | null;
        menteeAcceptedAt: string | null;
        mentor: { __typename: 'Mentor'; id: string; displayName: string };
        mentee: { __typename: 'Mentee'; id: string; firstName: string };
      };
    }>;
  };
};

export type EndMatchMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type EndMatchMutation = { __typename: 'Mutation'; endMatch: { __typename: 'Mentorship'; id: string; status: MentorshipStatus } };

export type CharterVersionQueryVariables = Exact<{ [key: string]: never }>;

export type CharterVersionQuery = { __typename: 'Query'; consentTextVersion: string };

export type MyMentorshipsQueryVariables = Exact<{ [key: string]: never }>;

export type MyMentorshipsQuery = {
  __typename: 'Query';
  me: {
    __typename: 'Account';
    id: string;
    mentee: {
      __typename: 'Mentee';
      id: string;
      firstName: string;
      status: MenteeStatus;
      appliedAt: string;
      awaitingParentalConsent: boolean;
      commune: { __typename: 'Commune'; code: string; name: string };
    } | null;
    mentor: {
      __typename: 'Mentor';
      id: string;
      displayName: string;
      headline: string | null;
      status: MentorStatus;
      expertise: Array<string>;
      capacity: number;
      remainingCapacity: number;
      commune: { __typename: 'Commune'; code: string; name: string };
    } | null;
    mentorships: {
      __typename: 'MentorshipConnection';
      edges: Array<{
        __typename: 'MentorshipEdge';
        node: {
          __typename: 'Mentorship';
          id: string;
          status: MentorshipStatus;
          proposedAt: string;
          startedAt: string | null;
          endedAt: string | null;
          menteeAcceptedAt: string | null;
          mentorAcceptedAt: string | null;
          mentor: { __typename: 'Mentor'; id: string; displayName: string; headline: string | null };
          partnerContact: { __typename: 'SharedContact'; email: string | null; phone: string | null } | null;
          sessions: {
            __typename: 'MentoringSessionConnection';
            edges: Array<{
              __typename: 'MentoringSessionEdge';
              node: {
                __typename: 'MentoringSession';
                id: string;
                date: string;
                durationMinutes: number;
                format: MentoringFormat;
                topics: Array<string>;
                notes: string | null;
              };
            }>;
          };
          goals: Array<{ __typename: 'Goal'; id: string; title: string; status: GoalStatus }>;
          surveys: Array<{ __typename: 'SatisfactionSurvey'; respondent: string; rating: number }>;
        };
      }>;
    };
  } | null;
};

export type RecordParentalConsentMutationVariables = Exact<{
  menteeId: string | number;
  input: ParentalConsentInput;
}>;

export type RecordParentalConsentMutation = { __typename: 'Mutation'; recordParentalConsent: { __typename: 'Consent'; id: string } };

export type RegisterAsMentorMutationVariables = Exact<{
  input: MentorProfileInput;
}>;

export type RegisterAsMentorMutation = {
  __typename: 'Mutation';
  registerAsMentor: { __typename: 'Mentor'; id: string; status: MentorStatus };
};

export type AcceptMatchMutationVariables = Exact<{
  id: string | number;
  share?: ContactShareInput | null | undefined;
}>;

export type AcceptMatchMutation = {
  __typename: 'Mutation';
  acceptMatch: { __typename: 'Mentorship'; id: string; status: MentorshipStatus };
};

export type DeclineMatchMutationVariables = Exact<{
  id: string | number;
}>;

export type DeclineMatchMutation = {
  __typename: 'Mutation';
  declineMatch: { __typename: 'Mentorship'; id: string; status: MentorshipStatus };
};

export type LogSessionMutationVariables = Exact<{
  mentorshipId: string | number;
  input: SessionInput;
}>;

export type LogSessionMutation = { __typename: 'Mutation'; logSession: { __typename: 'MentoringSession'; id: string } };

export type AddGoalMutationVariables = Exact<{
  mentorshipId: string | number;
  input: GoalInput;
}>;

export type AddGoalMutation = { __typename: 'Mutation'; addGoal: { __typename: 'Goal'; id: string } };

export type SubmitSurveyMutationVariables = Exact<{
  mentorshipId: string | number;
  input: SurveyInput;
}>;

export type SubmitSurveyMutation = {
  __typename: 'Mutation';
  submitSatisfactionSurvey: { __typename: 'SatisfactionSurvey'; rating: number };
};

export type CompleteMatchMutationVariables = Exact<{
  id: string | number;
}>;

export type CompleteMatchMutation = {
  __typename: 'Mutation';
  completeMatch: { __typename: 'Mentorship'; id: string; status: MentorshipStatus };
};

export type TrainingCatalogueQueryVariables = Exact<{
  from: string;
}>;

export type TrainingCatalogueQuery = {
  __typename: 'Query';
  trainingCourses: {
    __typename: 'TrainingCourseConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'TrainingCourseEdge';
      node: {
        __typename: 'TrainingCourse';
        id: string;
        title: string;
        summary: string;
        durationHours: number;
        modality: Modality;
        targetSectors: Array<Sector>;
        topics: Array<string>;
      };
    }>;
  };
  trainingSessions: {
    __typename: 'TrainingSessionConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'TrainingSessionEdge';
      node: {
        __typename: 'TrainingSession';
        id: string;
        startsAt: string;
        endsAt: string;
        venue: string | null;
        seatsLeft: number;
        capacity: number;
        status: SessionStatus;
        course: { __typename: 'TrainingCourse'; id: string; title: string };
        commune: { __typename: 'Commune'; code: string; name: string };
      };
    }>;
  };
};

export const VerifyCertificateDocument = {
  __meta__: { hash: 'sha256:7f1c5257bdb0a7d20ee2eece68d54a9704acd72bfb1f5380b1c4c25c2bf35cce' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'courseTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'holderName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completedOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyCertificateQuery, VerifyCertificateQueryVariables>;
export const CommuneListDocument = {
  __meta__: { hash: 'sha256:580573a252c4e9a5076e3fddb1058bc5fc56cb41537f521df00a92803445b96c' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommuneList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'communes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommuneListQuery, CommuneListQueryVariables>;
export const CommuneOverviewDocument = {
  __meta__: { hash: 'sha256:3b298b4c4c4355dc45ec03f108e0e6cc31811e1fddc4bbf2f6d95c45fefc4690' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommuneOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commune' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                { kind: 'Field', name: { kind: 'Name', value: 'populationYear' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'observations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'disseminated' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'indicator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentoring' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mentorCount' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'training' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'year' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trainedCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'supportServices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wholeDepartment' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommuneOverviewQuery, CommuneOverviewQueryVariables>;
export const EmergencyNumbersDocument = {
  __meta__: { hash: 'sha256:a3b7f259b5e489381e41df5479cc7ac2cb87204851c3be68ee185922efb86d11' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmergencyNumbers' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emergencyNumbers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmergencyNumbersQuery, EmergencyNumbersQueryVariables>;
export const FindCommunesDocument = {
  __meta__: { hash: 'sha256:16f089679b29356a0c5362560c516ac7925f6c5d8bb5b9ef2d523ab6d0ca16fa' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindCommunes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'findCommunes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCodes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindCommunesQuery, FindCommunesQueryVariables>;
export const HelpNearCommuneDocument = {
  __meta__: { hash: 'sha256:c348a0f5544e2ae539feed33a1245b09ae2989db8ffaca12cdd325647198d34a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HelpNearCommune' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commune' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCodes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'supportServices' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accessibility' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'wholeDepartment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fictitious' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HelpNearCommuneQuery, HelpNearCommuneQueryVariables>;
export const MentorDirectoryDocument = {
  __meta__: { hash: 'sha256:63372289ed3849e7acf471c495251ba6627355b257c06c6444c9bf2b92221068' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MentorDirectory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MentorFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentors' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'formats' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'remainingCapacity' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'commune' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MentorDirectoryQuery, MentorDirectoryQueryVariables>;
export const MentorProfileDocument = {
  __meta__: { hash: 'sha256:35b1422e01019b2a9d561d6a23fac5aa0f42a3c10606f1d80148e3e6b717ab7f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MentorProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentor' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
                { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'remainingCapacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readyToMentor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commune' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MentorProfileQuery, MentorProfileQueryVariables>;
export const MyApplicationDocument = {
  __meta__: { hash: 'sha256:2a2315b8b587b13e5b90c2fbb4de3084e3bdea40ce66da6b63f09fdf8435960e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyApplication' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'projectSummary' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'interests' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formats' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'commune' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyApplicationQuery, MyApplicationQueryVariables>;
export const ApplyAsMenteeDocument = {
  __meta__: { hash: 'sha256:ab259279d73baf81effd23059ef32dbae11eba23a453f44aa62cd7f2ee4bfe7d' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplyAsMentee' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MenteeApplicationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applyAsMentee' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'projectSummary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interests' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formats' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'commune' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyAsMenteeMutation, ApplyAsMenteeMutationVariables>;
export const ObservatoryIndicatorsDocument = {
  __meta__: { hash: 'sha256:619f665172180c97334c6488d65c83ab71d3a19d2039038b03e84e52c6d46f33' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ObservatoryIndicators' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                { kind: 'Field', name: { kind: 'Name', value: 'definition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceOrganisation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'geographicLevel' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ObservatoryIndicatorsQuery, ObservatoryIndicatorsQueryVariables>;
export const IndicatorSeriesDocument = {
  __meta__: { hash: 'sha256:a4dc61c1db86c1b75e093fbee0070e730759eb40227d7f0950389593650e5dec' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorSeries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'indicator' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'commune' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicatorSeries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'indicator' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'indicator' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'commune' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'commune' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disseminated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorSeriesQuery, IndicatorSeriesQueryVariables>;
export const IndicatorBreakdownDocument = {
  __meta__: { hash: 'sha256:9cd49ab0b509e2b8d1afd4a51c08c43325e5e815ea7b271fcb4876ecc02335da' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorBreakdown' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'indicator' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicatorBreakdown' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'indicator' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'indicator' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'period' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'period' } },
                { kind: 'Field', name: { kind: 'Name', value: 'previousPeriod' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'communes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'commune' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'populationYear' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departmentTotal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorBreakdownQuery, IndicatorBreakdownQueryVariables>;
export const CoordinationQueueDocument = {
  __meta__: { hash: 'sha256:9ba4b37c9ce19aa16164eb33d91f238b461281fe84553864abed30e0c4641ced' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoordinationQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'commune' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'applied' },
            name: { kind: 'Name', value: 'mentees' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'APPLIED' } },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'commune' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'commune' } },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'awaitingParentalConsent' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'projectSummary' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'interests' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'commune' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'accepted' },
            name: { kind: 'Name', value: 'mentees' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'ACCEPTED' } },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'commune' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'commune' } },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'interests' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'commune' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'pendingMentors' },
            name: { kind: 'Name', value: 'mentorProfiles' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'PENDING' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'commune' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programmeFigures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applications' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'matchesStarted' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activeMatches' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sessions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completionRate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'averageSatisfaction' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoordinationQueueQuery, CoordinationQueueQueryVariables>;
export const MatchSuggestionsDocument = {
  __meta__: { hash: 'sha256:d9edbb27104553dd78bb18580fa89105df34dcbe603d18b5e3105af924770372' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MatchSuggestions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'menteeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchSuggestions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'menteeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'menteeId' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '5' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'commune' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'points' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchSuggestionsQuery, MatchSuggestionsQueryVariables>;
export const AcceptMenteeDocument = {
  __meta__: { hash: 'sha256:0f3cd5c010583e9008cb399f7de9fceb525b021476c8b47403e1deea1391c363' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptMentee' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptMentee' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptMenteeMutation, AcceptMenteeMutationVariables>;
export const ApproveMentorDocument = {
  __meta__: { hash: 'sha256:18d53036c4cc53d91f64fcc0f0c495e177c1ac982fc6439bc2d3038da26c9a43' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveMentor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveMentor' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveMentorMutation, ApproveMentorMutationVariables>;
export const ProposeMatchDocument = {
  __meta__: { hash: 'sha256:c049b8d5963063adc5c04c32ea11ed08b200a0d66ae3e7d90719e1f312f119f8' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'menteeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mentorId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeMatch' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'menteeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'menteeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mentorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mentorId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeMatchMutation, ProposeMatchMutationVariables>;
export const CoordinationPairsDocument = {
  __meta__: { hash: 'sha256:bce0cf8bee1349effab3492420b82e4454a7a7599e0923e0d0f1817599cdd321' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoordinationPairs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'commune' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'active' },
            name: { kind: 'Name', value: 'mentorships' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'ACTIVE' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'commune' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'commune' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'mentor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'mentee' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sessions' },
                              arguments: [
                                { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
                              ],
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'proposed' },
            name: { kind: 'Name', value: 'mentorships' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'PROPOSED' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'commune' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'commune' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'mentorAcceptedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'menteeAcceptedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'mentor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'mentee' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoordinationPairsQuery, CoordinationPairsQueryVariables>;
export const EndMatchDocument = {
  __meta__: { hash: 'sha256:8a9605f6f858cd28a0b2deb35dc246693a5a1bd9db9c514508edfa3863fcb433' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endMatch' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndMatchMutation, EndMatchMutationVariables>;
export const CharterVersionDocument = {
  __meta__: { hash: 'sha256:5a12366acdc0dd78b0cefa149d8e032798187d1880c305fad62a67f3e6c467da' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CharterVersion' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consentTextVersion' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'kind' }, value: { kind: 'EnumValue', value: 'CHARTER' } }],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CharterVersionQuery, CharterVersionQueryVariables>;
export const MyMentorshipsDocument = {
  __meta__: { hash: 'sha256:b4ad87919bfe99d5821a03f5d90f8bfb19becda25fb44716b258fd8d12bc83ca' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyMentorships' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'firstName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'awaitingParentalConsent' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'commune' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expertise' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remainingCapacity' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'commune' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mentorships' },
                  arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '5' } }],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'proposedAt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'menteeAcceptedAt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'mentorAcceptedAt' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'mentor' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'partnerContact' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'sessions' },
                                    arguments: [
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'first' },
                                        value: { kind: 'IntValue', value: '20' },
                                      },
                                    ],
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'edges' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'node' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                                    { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                                    { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                                                    { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
                                                    { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                                                    { kind: 'Field', name: { kind: 'Name', value: 'topics' } },
                                                    { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                                                  ],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'goals' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'surveys' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'respondent' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyMentorshipsQuery, MyMentorshipsQueryVariables>;
export const RecordParentalConsentDocument = {
  __meta__: { hash: 'sha256:661740ccefbcc2c6784f81aaeeca1fc06220051918c7fcdd3803db32bf2fbf0b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordParentalConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'menteeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ParentalConsentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordParentalConsent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'menteeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'menteeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordParentalConsentMutation, RecordParentalConsentMutationVariables>;
export const RegisterAsMentorDocument = {
  __meta__: { hash: 'sha256:777b1fbdcc3b089426933fda92bd0ae1469e54824707f0d92de2406323b4f4a4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterAsMentor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MentorProfileInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerAsMentor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterAsMentorMutation, RegisterAsMentorMutationVariables>;
export const AcceptMatchDocument = {
  __meta__: { hash: 'sha256:abe3579a6c49d4358cf9b7edc248a8676c18d12020b9e4d4cf8aad107f1c2719' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'share' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ContactShareInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptMatch' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'share' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'share' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptMatchMutation, AcceptMatchMutationVariables>;
export const DeclineMatchDocument = {
  __meta__: { hash: 'sha256:bd38c54aea918ee96276586728524c55d6031d0fa680ea051eb2f3e85175e33a' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineMatch' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineMatchMutation, DeclineMatchMutationVariables>;
export const LogSessionDocument = {
  __meta__: { hash: 'sha256:cda372e6abed322b37eb3814fe42b331364b559db49e2d09af828c847cd3dc68' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LogSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mentorshipId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SessionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mentorshipId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mentorshipId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogSessionMutation, LogSessionMutationVariables>;
export const AddGoalDocument = {
  __meta__: { hash: 'sha256:80f38a909db317c572bbb2859fa42e22dd3e313b8bb6d3dcd3459f6cd9e42f64' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddGoal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mentorshipId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GoalInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addGoal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mentorshipId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mentorshipId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddGoalMutation, AddGoalMutationVariables>;
export const SubmitSurveyDocument = {
  __meta__: { hash: 'sha256:174a032dbacb803e0f7b307ed40fe411b39c8cac57d85fc6c63d6b4645f645ae' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mentorshipId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitSatisfactionSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mentorshipId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mentorshipId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitSurveyMutation, SubmitSurveyMutationVariables>;
export const CompleteMatchDocument = {
  __meta__: { hash: 'sha256:c7705b8aced776b5d6b4dff346f1395df9e1df5a7e7b9983446d2eb1295b4c11' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeMatch' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteMatchMutation, CompleteMatchMutationVariables>;
export const TrainingCatalogueDocument = {
  __meta__: { hash: 'sha256:a7e70f0bd5ec7efbf0df9884333971571799a5fa6a0c7b5234879ab36db6303e' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrainingCatalogue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingCourses' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'durationHours' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'modality' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'targetSectors' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'topics' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainingSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'status' }, value: { kind: 'EnumValue', value: 'SCHEDULED' } },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'seatsLeft' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'course' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'commune' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainingCatalogueQuery, TrainingCatalogueQueryVariables>;

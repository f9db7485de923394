/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type MenteeApplicationInput = {
  availability: string;
  birthYear: number;
  /** The version of the programme's charter she accepted, recorded as a consent. */
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

export type MentoringFormat = 'IN_PERSON' | 'REMOTE';

export type Modality = 'HYBRID' | 'IN_PERSON' | 'REMOTE';

/** The professional sectors of the department's actors. */
export type Sector = 'ASSOCIATION' | 'EDUCATION' | 'HEALTH' | 'JUSTICE' | 'LOCAL_GOVERNMENT' | 'POLICE_GENDARMERIE' | 'SOCIAL_WORK';

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

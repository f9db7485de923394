// The explicit entity list of the observatory (DESIGN.md 7.1: no globbing), with the kit's audit log.
import { AuditLogEntity } from '@equality-graph/service-kit';
import { CommunePopulationEntity } from './commune-population.entity';
import { CommuneEntity } from './commune.entity';
import { ExperimentationCommuneEntity, ExperimentationEntity } from './experimentation.entity';
import { IndicatorEntity } from './indicator.entity';
import { ObservationEntity } from './observation.entity';
import { PublicationEntity } from './publication.entity';
import { SupportServiceCommuneEntity, SupportServiceEntity } from './support-service.entity';

export {
  AuditLogEntity,
  CommuneEntity,
  CommunePopulationEntity,
  ExperimentationCommuneEntity,
  ExperimentationEntity,
  IndicatorEntity,
  ObservationEntity,
  PublicationEntity,
  SupportServiceCommuneEntity,
  SupportServiceEntity,
};
export const entities = [
  CommuneEntity,
  CommunePopulationEntity,
  IndicatorEntity,
  ObservationEntity,
  AuditLogEntity,
  SupportServiceEntity,
  SupportServiceCommuneEntity,
  ExperimentationEntity,
  ExperimentationCommuneEntity,
  PublicationEntity,
];

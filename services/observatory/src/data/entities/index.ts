import { AuditLogEntity } from '@equality-graph/service-kit';
import { CommuneEntity } from './commune.entity';
import { IndicatorEntity } from './indicator.entity';
import { ObservationEntity } from './observation.entity';

export { AuditLogEntity, CommuneEntity, IndicatorEntity, ObservationEntity };
export const entities = [CommuneEntity, IndicatorEntity, ObservationEntity, AuditLogEntity];

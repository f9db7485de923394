import { CommuneEntity } from './commune.entity';

export { CommuneEntity };
export const entities = [CommuneEntity];

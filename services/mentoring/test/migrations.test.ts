// The kit's migration checks on mentoring: entities and migrations agree, and they apply and revert.
import { describeMigrations } from '@equality-graph/testing';
import { mentoring } from '../src/service';

describeMigrations(mentoring);

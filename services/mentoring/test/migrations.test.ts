import { describeMigrations } from '@equality-graph/testing';
import { mentoring } from '../src/service';

describeMigrations(mentoring);

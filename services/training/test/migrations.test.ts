import { describeMigrations } from '@equality-graph/testing';
import { training } from '../src/service';

describeMigrations(training);

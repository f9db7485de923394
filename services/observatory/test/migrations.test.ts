import { describeMigrations } from '@equality-graph/testing';
import { observatory } from '../src/service';

describeMigrations(observatory);

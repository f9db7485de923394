// The observatory's migrations match its entities and run up and down (the kit's shared checks).
import { describeMigrations } from '@equality-graph/testing';
import { observatory } from '../src/service';

describeMigrations(observatory);

import { sweepPages } from './support/axe.ts';

sweepPages(['en', 'fa']);

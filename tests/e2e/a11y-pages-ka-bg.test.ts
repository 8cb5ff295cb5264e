import { sweepPages } from './support/axe.ts';

sweepPages(['ka', 'bg']);

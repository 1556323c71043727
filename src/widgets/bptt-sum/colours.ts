/** The widget's colours: gradient parts in the gradient concept's colour; dropped parts grey. */
import { GATE_COLOURS } from '../../viz/scales';

export const PART_COLOUR = GATE_COLOURS.grad;
export const DROPPED_COLOUR = '#b9b9b9';
/** Background of the columns truncation drops. */
export const DROPPED_SHADE = '#f1f1f1';

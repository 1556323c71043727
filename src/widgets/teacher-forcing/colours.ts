/**
 * The two runs' colours: two Okabe–Ito hues of the shared palette (colour-blind safe).
 * Chapter 1 draws no gates, so they cannot be mistaken for the gate colours of chapter 4.
 */
import { color } from 'd3';
import { GATE_COLOURS, magnitudeColour } from '../../viz/scales';

export const FORCED_COLOUR = GATE_COLOURS.f;
export const FREE_COLOUR = GATE_COLOURS.o;
/** The free-running hue darkened for text on white (vermillion itself is below 4.5:1). */
export const FREE_TEXT_COLOUR = color(FREE_COLOUR)!.darker(0.6).formatHex();
/** J(t) under a character, as in the step view (dark = small, yellow = large). */
export const lossColour = magnitudeColour([0.05, 8]);

/**
 * How a run without clipping and a run with clipping are drawn, wherever the two
 * are compared (the cliff's descent paths, the exploding-gradient run and its
 * clipped replay). Colours distinct from every viridis hue and from each other for
 * common colour-vision deficiencies (Okabe–Ito vermillion; near-black), and told
 * apart by line style too (solid vs dashed, as in Pascanu et al.'s Fig. 6).
 */
export const PATH_STYLE = {
  plain: { colour: '#d55e00', dash: undefined },
  clipped: { colour: '#1b1f24', dash: '5 3' },
} as const;

export type PathKind = keyof typeof PATH_STYLE;

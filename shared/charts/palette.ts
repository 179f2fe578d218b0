/**
 * Series colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphical objects),
 * distinguishable in the common colour-vision deficiencies (Okabe–Ito based, darkened).
 */
export const CHART_COLOURS = ['#0b5cad', '#b35900', '#1b7a4a', '#a3336b', '#5a4bb5', '#6b6b00', '#00707a', '#8a3b12'] as const;

// QuadClass colours (GDELT 2.0: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
// 4 material conflict), shared by every view.

export const QUAD_COLORS = ['#74c476', '#1b7837', '#f4a259', '#d7191c'];
export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
export const COOPERATION = QUAD_COLORS[1];
export const CONFLICT = QUAD_COLORS[3];

export function quadColor(quadClass) {
  return QUAD_COLORS[quadClass - 1] ?? '#888';
}

/** The QuadClass (1-4) with most events in a list of four counts. */
export function dominantQuad(counts) {
  let best = 0;
  for (let i = 1; i < 4; i++) if (counts[i] > counts[best]) best = i;
  return best + 1;
}

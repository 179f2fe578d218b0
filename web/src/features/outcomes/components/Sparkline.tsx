import outcomes from '../outcomes.module.css';
/**
 * A tiny trend line for a key-figure card. Decorative (aria-hidden): the card states the figure
 * in words and the trend chart has a table, so nothing is only in the line.
 */
export function Sparkline({ values }: { values: Array<number | null> }) {
  const points = values.map((v) => v ?? 0);
  if (points.length < 2) return null;
  const max = Math.max(...points, 1);
  const w = 100;
  const h = 28;
  const d = points
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${((i / (points.length - 1)) * w).toFixed(1)},${(h - 2 - (v / max) * (h - 4)).toFixed(1)}`)
    .join(' ');
  return (
    <svg className={outcomes['oc-spark']} viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="#0b5cad" strokeWidth="2" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

/**
 * The figures' eased moves (the timeline's zoom and pan, the map's zoom presets): a step
 * per animation frame from 0 to 1 along an easing curve, or one step straight to the end for
 * a reader who prefers reduced motion (asked each time, so a change in the setting counts).
 */
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** Slows towards the end: a move that lands softly. */
export const easeOut = (t: number) => 1 - (1 - t) ** 3;
/** Speeds up, then slows: a longer move between two frames of the map. */
export const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/**
 * Calls `step` with the eased progress (0…1] on each frame for `duration` ms. Returns a
 * function that stops the move where it is; a new move should stop the last one first.
 */
export function animate(duration: number, ease: (t: number) => number, step: (k: number) => void): () => void {
  if (reducedMotion.matches) {
    step(1);
    return () => {};
  }
  let frame = 0;
  const start = performance.now();
  const tick = (now: number) => {
    const t = Math.min(1, (now - start) / duration);
    step(ease(t));
    if (t < 1) frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}

/** The timeline escapes its text as the map and the network do: one escaper for every SVG. */
export { esc } from '../svg.ts';

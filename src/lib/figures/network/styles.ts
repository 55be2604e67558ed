/**
 * How the network draws the site's own vocabularies: each relation type gets a line pattern
 * and each actor kind a node mark, assigned from fixed palettes in the order the site
 * declares its codes, so any site's codes get distinct marks, the same on every page, and
 * the legend draws exactly what the figure draws. Patterns differ in dash and weight, so
 * they read in black and white; colour (the accent) only repeats what the dash says.
 * The default vocabularies' order gives the patterns the generator has always drawn
 * (ally heavy, affiliate dashed, rival and opposes in the accent, member-of dotted, part-of plain).
 */

/** One line pattern: a dash array (none: solid), a weight class, and whether it is in the accent colour. */
export interface EdgePattern {
  dash?: string;
  /** `net-heavy` (a thick line) or `net-dotted` (round dots), or none. */
  weight?: 'net-heavy' | 'net-dotted';
  accent?: boolean;
}

/** Line patterns in the order relation types take them. */
export const EDGE_PATTERNS: readonly EdgePattern[] = [
  { weight: 'net-heavy' },
  { dash: '8 4' },
  { dash: '2 3', accent: true },
  { dash: '1 4', weight: 'net-dotted' },
  { dash: '9 3 2 3', accent: true },
  {},
  { dash: '12 3 3 3' },
  { dash: '6 2', accent: true },
  { dash: '1 3', weight: 'net-heavy' },
  { dash: '14 4', accent: true },
  { dash: '3 3 1 3' },
  { dash: '10 2 2 2 2 2', accent: true },
];

/** The pattern of an edge for an actor's `parent` that no relation states; none of the palette's. */
export const PARENT_PATTERN: EdgePattern = { dash: '4 4' };

/** A node mark: its shape and its fill (the accent, the ink, or hollow). */
export interface NodeMark {
  shape: 'circle' | 'square' | 'diamond';
  fill: 'accent' | 'ink' | 'hollow';
}

/** Node marks in the order actor kinds take them. */
export const NODE_MARKS: readonly NodeMark[] = [
  { shape: 'circle', fill: 'accent' },
  { shape: 'circle', fill: 'ink' },
  { shape: 'square', fill: 'ink' },
  { shape: 'circle', fill: 'hollow' },
  { shape: 'square', fill: 'hollow' },
  { shape: 'square', fill: 'accent' },
  { shape: 'diamond', fill: 'hollow' },
  { shape: 'diamond', fill: 'ink' },
  { shape: 'diamond', fill: 'accent' },
];

export interface NetworkStyles {
  edge(type: string): EdgePattern;
  node(kind: string): NodeMark;
}

/**
 * The styles for a site's declared relation types and actor kinds (codes in declared order).
 * A vocabulary longer than a palette wraps around; the label on every line still names it.
 */
export function networkStyles(relationTypes: readonly string[], actorKinds: readonly string[]): NetworkStyles {
  const edges = new Map(relationTypes.map((code, i) => [code, EDGE_PATTERNS[i % EDGE_PATTERNS.length]!]));
  const nodes = new Map(actorKinds.map((code, i) => [code, NODE_MARKS[i % NODE_MARKS.length]!]));
  return {
    edge: (type) => (type === 'parent' ? PARENT_PATTERN : edges.get(type) ?? {}),
    node: (kind) => nodes.get(kind) ?? { shape: 'circle', fill: 'hollow' },
  };
}

/** The SVG of a node mark centred on (cx, cy) with radius r; the class `net-shape` carries its fill. */
export function nodeShape(mark: NodeMark, cx: number, cy: number, r: number, r1: (n: number) => number): string {
  if (mark.shape === 'square') {
    const s = r * 0.9;
    return `<rect class="net-shape" x="${r1(cx - s)}" y="${r1(cy - s)}" width="${r1(s * 2)}" height="${r1(s * 2)}"/>`;
  }
  if (mark.shape === 'diamond') {
    const d = r * 1.25;
    return `<path class="net-shape" d="M${r1(cx)},${r1(cy - d)}L${r1(cx + d)},${r1(cy)}L${r1(cx)},${r1(cy + d)}L${r1(cx - d)},${r1(cy)}Z"/>`;
  }
  return `<circle class="net-shape" cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}"/>`;
}

/** The classes of a line drawn in a pattern. */
export function lineClass(pattern: EdgePattern): string {
  return ['net-line', pattern.weight, pattern.accent ? 'is-accent' : undefined].filter(Boolean).join(' ');
}

/** The legend of a network: the relation types and actor kinds it draws, in declared order (a parent edge last). */
export function legendItems<T extends { code: string }>(used: Iterable<string>, declared: readonly T[]): T[] {
  const present = new Set(used);
  return declared.filter((t) => present.has(t.code));
}

import { afterEach, describe, expect, it } from 'vitest';
import { GROUND_REGISTRY, groundName, groundPath, type GroundRegistry } from '../../src/lib/figures/map/grounds.ts';

const holder = globalThis as Record<symbol, GroundRegistry | undefined>;
afterEach(() => {
  holder[GROUND_REGISTRY] = undefined;
});

describe('map grounds served once', () => {
  it('are named by their text: the same ground one file, a changed one another', () => {
    expect(groundName('<svg>a</svg>')).toBe(groundName('<svg>a</svg>'));
    expect(groundName('<svg>a</svg>')).not.toBe(groundName('<svg>b</svg>'));
    expect(groundName('<svg>a</svg>')).toMatch(/^[0-9a-f]{20}\.svg$/);
  });

  it('have an address only while a build collects them, and the build is handed each one', () => {
    expect(groundPath('<svg>a</svg>')).toBeUndefined();
    const handed: string[] = [];
    holder[GROUND_REGISTRY] = { add: (svg) => (handed.push(svg), groundName(svg)) };
    expect(groundPath('<svg>a</svg>')).toBe(`/map/ground/${groundName('<svg>a</svg>')}`);
    expect(handed).toEqual(['<svg>a</svg>']);
  });
});

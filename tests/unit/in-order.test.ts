import { describe, expect, it } from 'vitest';
import { InOrder } from '../../src/lib/render/in-order.ts';

describe('values handed on in a fixed order of keys', () => {
  it('holds a value until every key before it has arrived, then hands them on in order', () => {
    const order = new InOrder<string>(['/a', '/b', '/c', '/d']);
    expect(order.arrive('/c', 'C')).toEqual([]);
    expect(order.arrive('/b', 'B')).toEqual([]);
    expect(order.arrive('/a', 'A')).toEqual(['A', 'B', 'C']);
    expect(order.arrive('/d', 'D')).toEqual(['D']);
  });

  it('lets a key with nothing to hand on release the values behind it', () => {
    const order = new InOrder<string>(['/a', '/b', '/c']);
    expect(order.arrive('/b', 'B')).toEqual([]);
    expect(order.arrive('/a', undefined)).toEqual(['B']);
  });

  it('ignores keys outside the order and a key that arrives twice', () => {
    const order = new InOrder<string>(['/a', '/b']);
    expect(order.has('/z')).toBe(false);
    expect(order.arrive('/z', 'Z')).toEqual([]);
    expect(order.arrive('/a', 'A')).toEqual(['A']);
    expect(order.arrive('/a', 'again')).toEqual([]);
  });

  it('flushes what waits behind a key that never came, in order, and nothing twice', () => {
    const order = new InOrder<string>(['/a', '/b', '/c', '/d']);
    order.arrive('/d', 'D');
    order.arrive('/b', 'B');
    expect(order.flush()).toEqual(['B', 'D']);
    expect(order.flush()).toEqual([]);
    expect(order.arrive('/a', 'A')).toEqual([]);
  });
});

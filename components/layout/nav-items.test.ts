import { describe, expect, it } from 'vitest';
import { isActive } from './nav-items';

describe('isActive', () => {
  it('matches the section and its children only', () => {
    expect(isActive('/', '/')).toBe(true);
    expect(isActive('/', '/pods')).toBe(false);
    expect(isActive('/pods', '/pods/shop/cart-1')).toBe(true);
    expect(isActive('/pods', '/podsx')).toBe(false);
  });
});

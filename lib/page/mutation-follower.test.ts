// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { followMutations } from './mutation-follower';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('followMutations', () => {
  it('hands a failed batch to onError instead of leaving its rejection unhandled', async () => {
    document.body.innerHTML = '<main><p>first</p></main><div id="ours"></div>';
    const errors: unknown[] = [];
    const controller = new AbortController();
    followMutations({
      root: document.body,
      isOurs: (node) => document.getElementById('ours')!.contains(node),
      signal: controller.signal,
      debounceMs: 5,
      minIntervalMs: 0,
      onChange: () => Promise.reject(new Error('Extension context invalidated.')),
      onError: (error) => errors.push(error),
    });
    document.querySelector('main')!.append(document.createElement('p'));
    await settle(50);
    expect(errors).toEqual([new Error('Extension context invalidated.')]);
    controller.abort();
  });

  it('stops reading the page once its signal ends', async () => {
    document.body.innerHTML = '<main><p>first</p></main><div id="ours"></div>';
    const batches: Element[][] = [];
    const controller = new AbortController();
    followMutations({
      root: document.body,
      isOurs: (node) => document.getElementById('ours')!.contains(node),
      signal: controller.signal,
      debounceMs: 5,
      minIntervalMs: 0,
      onChange: async (roots) => void batches.push(roots),
      onError: () => undefined,
    });
    const main = document.querySelector('main')!;
    main.append(document.createElement('p'));
    await settle(50);
    expect(batches).toHaveLength(1);
    main.append(document.createElement('p'));
    controller.abort();
    main.append(document.createElement('p'));
    await settle(50);
    expect(batches).toHaveLength(1);
  });
});

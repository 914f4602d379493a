// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { followMutations, type MutationFollowerOptions } from './mutation-follower';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows a fresh test page at once (no debounce); returns its <main> and the signal's controller. */
function follow(options: Pick<MutationFollowerOptions, 'onChange' | 'onError'>) {
  document.body.innerHTML = '<main><p>first</p></main><div id="ours"></div>';
  const controller = new AbortController();
  const ours = document.getElementById('ours')!;
  followMutations({ root: document.body, isOurs: (node) => ours.contains(node), signal: controller.signal, debounceMs: 5, minIntervalMs: 0, ...options });
  return { main: document.querySelector('main')!, controller };
}

describe('followMutations', () => {
  it('hands a failed batch to onError instead of leaving its rejection unhandled', async () => {
    const errors: unknown[] = [];
    const { main, controller } = follow({
      onChange: () => Promise.reject(new Error('Extension context invalidated.')),
      onError: (error) => errors.push(error),
    });
    main.append(document.createElement('p'));
    await settle(50);
    expect(errors).toEqual([new Error('Extension context invalidated.')]);
    controller.abort();
  });

  it('stops reading the page once its signal ends', async () => {
    const batches: Element[][] = [];
    const { main, controller } = follow({ onChange: async (roots) => void batches.push(roots), onError: () => undefined });
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

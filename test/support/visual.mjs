/**
 * Where the visual baselines live and how screenshots are compared. Baselines are committed under test/visual/baselines;
 * a failing screenshot and its diff land in .cache/visual/ for a look. `npm run test:visual:update` retakes them all.
 */
import { join } from 'node:path';

export const VISUAL = { files: 'test/visual/*.test.ts', baselines: 'test/visual/baselines', failed: '.cache/visual' };

export function visualOptions({ update }) {
  return {
    update,
    baseDir: '.',
    getBaselineName: ({ name }) => join(VISUAL.baselines, name),
    getFailedName: ({ name }) => join(VISUAL.failed, name),
    getDiffName: ({ name }) => join(VISUAL.failed, `${name}-diff`),
    // Same engine, same fonts: a count of pixels, not a percentage (which would let a small change on a long page pass).
    // Up to 20 may differ: the open dialog's shot has come out 2 pixels apart between identical runs, while a moved
    // line or a changed letter-spacing changes thousands. Anti-aliased pixels are left out of the count.
    diffOptions: { threshold: 0.1, includeAA: false },
    failureThreshold: 20,
    failureThresholdType: 'pixel',
  };
}

/**
 * Where the reference Urgent Action text is: `shared/` sits beside the repository (`../shared`, as in CI), or beside
 * the directory of git worktrees (`../../shared`). Undefined when neither has it.
 */
import { existsSync } from 'node:fs';

const PATH = 'shared/reference/ua-126-19-update.txt';

export const referenceText = ['../../../', '../../../../'].map((up) => new URL(up + PATH, import.meta.url)).find((url) => existsSync(url));

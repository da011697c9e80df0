/** Where the package's own files live, whether running from src/ (tsx) or dist/ (compiled). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'models'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`newsgraph: cannot find the package root (package.json and models/) above ${from}`);
    dir = up;
  }
}

export const packageRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
export const modelsDir = join(packageRoot, 'models');
/** ../shared/data beside the checkout, where the public data sets live (development only). */
export const sharedDataDir = join(packageRoot, '..', 'shared', 'data');

/** Site paths with the configured `base` applied, for components and pages. */
import { withBase } from '../lib/render/urls.ts';

export { paths } from '../lib/render/urls.ts';
export const url = (path: string) => withBase(import.meta.env.BASE_URL, path);

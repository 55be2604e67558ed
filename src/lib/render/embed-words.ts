/** The name of a chart that has an embed, as the embed page, its frame's title and the snippet say it. */
import type { EmbedChart } from './embed.ts';

/** `t` is the site's translator; `mapTitle` the site's own title of its map (site.yaml `map.title`). */
export function chartName(chart: EmbedChart, t: (key: 'timeline.page.title' | 'map.page.title') => string, mapTitle?: string): string {
  return chart === 'timeline' ? t('timeline.page.title') : mapTitle ?? t('map.page.title');
}

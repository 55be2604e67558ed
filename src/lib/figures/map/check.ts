/**
 * Checks of the `map:` settings against Natural Earth's outlines, for `check` and the build:
 * a code the atlas has no shape for, or a thick border between countries that do not touch,
 * would draw nothing, silently. Each finding names the setting's path and a hint.
 */
import type { MapSettings } from '../../content/schema.ts';
import type { Atlas } from './atlas.ts';

export interface MapFinding {
  path: (string | number)[];
  message: string;
}

/** What the settings name that the atlas (the one of /map/, with the site's borders) cannot draw. */
export function checkMapSettings(settings: MapSettings, atlas: Atlas): MapFinding[] {
  const known = new Set(atlas.countries.flatMap((c) => (c.code ? [c.code] : [])));
  const findings: MapFinding[] = [];
  const unknown = (code: string, path: (string | number)[], use: string) => {
    if (!known.has(code)) findings.push({ path, message: `'${code}' has no outline in Natural Earth's countries, so ${use}; use the code of a country the map draws` });
  };
  settings.highlight.forEach((code, i) => unknown(code, ['map', 'highlight', i], 'nothing would be shaded'));
  settings.borders.forEach((border, i) => {
    unknown(border.country, ['map', 'borders', i, 'country'], 'no border would be drawn');
    border.neighbours.forEach((code, j) => unknown(code, ['map', 'borders', i, 'neighbours', j], 'no border would be drawn'));
    if (known.has(border.country) && border.neighbours.every((c) => known.has(c)) && (atlas.highlighted[i]?.coordinates.length ?? 0) === 0) {
      findings.push({ path: ['map', 'borders', i], message: `${border.country} shares no land border with ${border.neighbours.join(', ')} in Natural Earth, so nothing would be drawn; name countries that touch` });
    }
  });
  settings.presets.forEach((preset, i) => (preset.countries ?? []).forEach((code, j) => unknown(code, ['map', 'presets', i, 'countries', j], 'its zoom button would frame nothing')));
  for (const code of Object.keys(settings.countryLabels)) unknown(code, ['map', 'countryLabels', code], 'its name would not be written');
  return findings;
}

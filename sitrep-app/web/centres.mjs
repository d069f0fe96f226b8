// The centre of every country outline, worked out once at build time from the detailed (1:50m) outlines, so
// that the page can place a country's events without shipping those outlines: the centroid of its largest
// polygon, so that France is not placed in the Atlantic between Europe and French Guiana.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid } from 'd3';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

/** The key the page finds an outline by: its ISO 3166 numeric code, or its name when it has none (Kosovo). */
export function keyOf(outline) {
  return outline.id ?? outline.properties.name;
}

/** { key: [longitude, latitude] } for every outline of world-atlas's countries-50m. */
export async function countryCentres() {
  const atlas = JSON.parse(await readFile(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const centres = {};
  for (const outline of feature(atlas, atlas.objects.countries).features) {
    const geometry = outline.geometry;
    if (!geometry) continue;
    let largest = geometry;
    if (geometry.type === 'MultiPolygon') {
      let bestArea = -1;
      for (const coordinates of geometry.coordinates) {
        const polygon = { type: 'Polygon', coordinates };
        const area = geoArea(polygon);
        if (area > bestArea) {
          bestArea = area;
          largest = polygon;
        }
      }
    }
    // Three decimals: about 100 m, far finer than a map point.
    centres[keyOf(outline)] = geoCentroid(largest).map((degrees) => Math.round(degrees * 1000) / 1000);
  }
  return centres;
}

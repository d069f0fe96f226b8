// Country outlines shipped with the page (Natural Earth 1:50m through world-atlas) and the lookups
// between CAMEO country codes, ISO 3166 and the outlines.
import { feature } from 'topojson-client';
import { geoArea, geoCentroid } from 'd3';
import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import atlas from 'world-atlas/countries-50m.json';

isoCountries.registerLocale(english);

// CAMEO country codes that are not, or are no longer, the ISO 3166 alpha-3 code of the same country.
const CAMEO_TO_ISO = { ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', SCG: 'SRB', YUG: 'SRB', KSV: 'XKX', KOS: 'XKX' };

export const world = feature(atlas, atlas.objects.countries);

const byNumeric = new Map(world.features.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]));
const byName = new Map(world.features.map((f) => [f.properties.name, f]));

function isoOf(code) {
  return CAMEO_TO_ISO[code] ?? code;
}

/** The outline of a country given by its three-letter CAMEO code, or undefined. */
export function outlineOf(code) {
  const iso = isoOf(code);
  if (iso === 'XKX') return byName.get('Kosovo');
  const numeric = isoCountries.alpha3ToNumeric(iso);
  return numeric ? byNumeric.get(numeric) : undefined;
}

/** An English name for a three-letter CAMEO country code; other codes (IGO, NGO…) come back as given. */
export function countryName(code) {
  if (!code) return '';
  if (isoOf(code) === 'XKX') return 'Kosovo';
  return isoCountries.getName(isoOf(code), 'en', { select: 'alias' }) ?? code;
}

const centres = new Map();

/**
 * [longitude, latitude] of a country's main landmass: the centroid of its largest polygon, so that France
 * is not placed in the Atlantic between Europe and French Guiana.
 */
export function centreOf(code) {
  if (centres.has(code)) return centres.get(code);
  const outline = outlineOf(code);
  let centre;
  if (outline) {
    const geometry = outline.geometry;
    if (geometry.type === 'MultiPolygon') {
      let best = null;
      let bestArea = -1;
      for (const coordinates of geometry.coordinates) {
        const polygon = { type: 'Polygon', coordinates };
        const area = geoArea(polygon);
        if (area > bestArea) {
          bestArea = area;
          best = polygon;
        }
      }
      centre = geoCentroid(best);
    } else {
      centre = geoCentroid(outline);
    }
  }
  centres.set(code, centre);
  return centre;
}

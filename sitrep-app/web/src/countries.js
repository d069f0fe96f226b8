// Country outlines shipped with the page (Natural Earth through world-atlas: 1:110m at once, 1:50m when the
// map is zoomed in) and the lookups between CAMEO country codes, ISO 3166 and the outlines.
import { feature } from 'topojson-client';
import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import atlas from 'world-atlas/countries-110m.json';
import centres from 'country-centres';

isoCountries.registerLocale(english);

// CAMEO country codes that are not, or are no longer, the ISO 3166 alpha-3 code of the same country.
const CAMEO_TO_ISO = { ROM: 'ROU', ZAR: 'COD', TMP: 'TLS', SCG: 'SRB', YUG: 'SRB', KSV: 'XKX', KOS: 'XKX' };

/** The outlines drawn at world zoom: light, without the smallest countries. */
export const world = feature(atlas, atlas.objects.countries);

/** The detailed outlines, every country, fetched the first time they are asked for. */
export async function detailedWorld() {
  const { default: detailed } = await import('world-atlas/countries-50m.json');
  return feature(detailed, detailed.objects.countries);
}

/** The key of an outline in either set: its ISO 3166 numeric code, or its name when it has none (Kosovo). */
export function keyOf(outline) {
  return outline.id ?? outline.properties.name;
}

function isoOf(code) {
  return CAMEO_TO_ISO[code] ?? code;
}

/** The outline key (see keyOf) of a country given by its three-letter CAMEO code, or undefined. */
export function countryKey(code) {
  const iso = isoOf(code);
  if (iso === 'XKX') return 'Kosovo';
  return isoCountries.alpha3ToNumeric(iso);
}

/** An English name for a three-letter CAMEO country code; other codes (IGO, NGO…) come back as given. */
export function countryName(code) {
  if (!code) return '';
  if (isoOf(code) === 'XKX') return 'Kosovo';
  return isoCountries.getName(isoOf(code), 'en', { select: 'alias' }) ?? code;
}

/**
 * [longitude, latitude] of a country's main landmass (worked out at build time from the detailed outlines,
 * small countries included), or undefined.
 */
export function centreOf(code) {
  const key = countryKey(code);
  return key === undefined ? undefined : centres[key];
}

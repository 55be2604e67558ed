/**
 * schema.org descriptions of pages for search engines: an `Event` for an event, a `Person`,
 * `Organization` or `GovernmentOrganization` for an actor, a `WebPage` otherwise. Only what
 * the content states goes in; dates keep their precision (a month stays a month).
 */
import type { DateInfo, DatePart } from '../content/dates.ts';
import type { Vocabulary } from '../model/vocabularies.ts';
import type { ActorData, EventData } from '../content/schema.ts';

type Json = Record<string, unknown>;

const CONTEXT = 'https://schema.org';


/**
 * An ISO 8601 date at the precision the EDTF date has: a day, a month or a year.
 * schema.org reads startDate and endDate as a duration. So a date that happened once,
 * at a time known only to lie WITHIN two ends, gets no endDate: its startDate is the
 * earliest it can have been (the lower end at its own precision), and `description`
 * and the page say the rest in words.
 */
function isoAtPrecision(date: DateInfo): { start: string; end?: string } {
  if (date.kind === 'within') {
    const lower = date.parts[0];
    const exact = !lower.approximate && !lower.uncertain;
    const at: Partial<Record<DatePart['unit'], number>> = { day: 10, month: 7, year: 4 };
    return { start: exact && at[lower.unit] ? date.minIso.slice(0, at[lower.unit]) : date.minIso };
  }
  if (date.precision === 'day' && !date.approximate && !date.uncertain) return { start: date.minIso };
  if (date.precision === 'month' && !date.approximate && !date.uncertain) return { start: date.minIso.slice(0, 7) };
  if (date.precision === 'year' && !date.approximate && !date.uncertain) return { start: date.minIso.slice(0, 4) };
  // Seasons, what lasted and qualified dates: give the bounds, not a false point.
  return { start: date.minIso, end: date.maxIso };
}

export interface PageLd {
  /** The page's absolute address; left out when the site's address is not configured (site-address.ts). */
  url?: string;
  modified: Date;
  language: string;
  siteName: string;
  license?: string;
}

function page(ld: PageLd): Json {
  return {
    ...(ld.url ? { url: ld.url } : {}),
    inLanguage: ld.language,
    dateModified: ld.modified.toISOString(),
    isPartOf: { '@type': 'WebSite', name: ld.siteName },
    ...(ld.license ? { license: ld.license } : {}),
  };
}

/** An event page. */
export function eventLd(event: { data: EventData; date: DateInfo }, ld: PageLd): Json {
  const { data } = event;
  const { start, end } = isoAtPrecision(event.date);
  const loc = data.location;
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    startDate: start,
    ...(end ? { endDate: end } : {}),
    ...(loc
      ? {
          location: {
            '@type': 'Place',
            name: loc.name,
            // A place at sea or off Earth has no postal address.
            ...(loc.country
              ? { address: {
                  '@type': 'PostalAddress',
                  addressCountry: loc.country,
                  ...(loc.admin1 ? { addressRegion: loc.admin1 } : {}),
                  ...(loc.admin2 ? { addressLocality: loc.admin2 } : {}),
                } }
              : {}),
            // Coordinates off Earth are not geographic ones.
            ...(loc.lat !== undefined && loc.lon !== undefined && !loc.body ? { geo: { '@type': 'GeoCoordinates', latitude: loc.lat, longitude: loc.lon } } : {}),
          },
        }
      : {}),
    mainEntityOfPage: { '@type': 'WebPage', ...page(ld) },
  };
}

/** An actor page. */
export function actorLd(actor: { data: ActorData }, parent: { name: string; url?: string } | undefined, ld: PageLd, actorKinds: Pick<Vocabulary, 'term'>): Json {
  const { data } = actor;
  // The kind says what it is (site.yaml, `schemaType`): a crew member a Person, a spacecraft a Thing.
  const type = actorKinds.term(data.kind).schemaType ?? 'Organization';
  const link = parent ? { '@type': 'Organization', name: parent.name, ...(parent.url ? { url: parent.url } : {}) } : undefined;
  return {
    '@context': CONTEXT,
    '@type': type,
    name: data.name,
    ...(data.aliases.length || data.shortName ? { alternateName: [...new Set([...(data.shortName ? [data.shortName] : []), ...data.aliases])] } : {}),
    description: data.summary,
    ...(link && type !== 'Thing' ? (type === 'Person' ? { affiliation: link } : { parentOrganization: link }) : {}),
    ...(type === 'Person' && data.role ? { jobTitle: data.role } : {}),
    mainEntityOfPage: { '@type': 'WebPage', ...page(ld) },
  };
}

/** Any other page. */
export function webPageLd(title: string, description: string, ld: PageLd): Json {
  return { '@context': CONTEXT, '@type': 'WebPage', name: title, description, ...page(ld) };
}

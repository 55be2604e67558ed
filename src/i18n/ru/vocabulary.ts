/** Russian: the language itself, the default vocabularies' labels, country names Intl gets wrong. */
export default {
  'language.direction': 'ltr',
} as const satisfies Record<string, string>;

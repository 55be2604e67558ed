/**
 * Text as the attribution lint compares it: folded (case, accents, Arabic-script letter and
 * digit variants), cut into words and numbers, into sentences, and matched against the word
 * lists of the site's language (`lint.*` in the interface catalogue). Crude on purpose: it
 * has to work in any language the site is written in, with no dictionary, so a word is known
 * by its first letters and a phrase by its words in order.
 */

/** Folds what readers see as the same letter: case, accents, ё/е, Arabic and Persian forms, digits. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/\u064a/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(/\u0640/g, '');
}

/** A word or number of a text: where it is, folded, and in its own case (for acronyms). */
export interface Token {
  start: number;
  end: number;
  word: string;
  cased: string;
}

const TOKEN = /\p{N}+(?:[.,\u066b\u066c]\p{N}+)*|[\p{L}\p{M}]+/gu;

/** The words and numbers of a text; a number keeps its decimal or group marks ("21,5", "1,200"). */
export function tokenize(text: string): Token[] {
  const found: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    // Most words are plain ASCII, which folding only lower-cases.
    const word = /^[a-z0-9.,]+$/i.test(raw) ? raw.toLowerCase() : fold(raw).replace(/[^\p{L}\p{N}.,]/gu, '');
    if (!word) continue;
    // Digits fold in both (Persian ۵ is 5); letters keep their case in `cased`.
    const cased = /^[a-z]+$/i.test(raw) ? raw : /^\p{N}/u.test(raw) ? word : raw.normalize('NFKD').replace(/\p{M}/gu, '');
    found.push({ start: match.index, end: match.index + raw.length, word, cased });
  }
  return found;
}

/** The folded words and numbers of a text. */
export function tokens(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

/**
 * The sentences of a text. Semicolons end a sentence too: "X killed 50; Y says …" attributes
 * only what follows. A colon does not ("Y said: X killed 50").
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;…؛؟۔])\s+|\n\s*\n/u).filter((sentence) => tokens(sentence).length > 0);
}

const isNumber = (token: string) => /^\p{N}/u.test(token);

/**
 * A word by its first four letters, so that "killed" and "killing", "raid" and "raids",
 * "грунт" and "грунта", "گروه" and "گروهی" compare equal (a short word that changes its
 * last letter, "Луна" and "Луны", does not).
 */
export function stem(token: string): string {
  if (isNumber(token)) return token;
  return [...token].slice(0, 4).join('');
}

/** One entry of a word list: its words in order; `prefix` when the last ends in `*`. */
export interface Phrase {
  words: string[];
  prefix: boolean;
}

/** A catalogue word list: entries separated by `|`, each words in order, `*` for any ending. */
export function phrases(list: string | undefined): Phrase[] {
  return (list ?? '').split('|').map((entry) => entry.trim()).filter(Boolean).flatMap((entry) => {
    const words = tokens(entry);
    return words.length > 0 ? [{ words, prefix: entry.endsWith('*') }] : [];
  });
}

/** Whether `phrase` stands in `words` at `at`. */
export function phraseAt(words: readonly string[], phrase: Phrase, at: number): boolean {
  const n = phrase.words.length;
  if (at < 0 || at + n > words.length) return false;
  for (let j = 0; j < n; j++) {
    const want = phrase.words[j]!;
    const got = words[at + j]!;
    if (j === n - 1 && phrase.prefix ? !got.startsWith(want) : got !== want) return false;
  }
  return true;
}

/** Where a phrase starts in `words`, or -1. */
export function findPhrase(words: readonly string[], phrase: Phrase, from = 0): number {
  for (let i = from; i + phrase.words.length <= words.length; i++) if (phraseAt(words, phrase, i)) return i;
  return -1;
}

/**
 * The words that carry meaning, as stems: no common word of the language (`lint.commonWords`),
 * no single letter. What two texts share of these says whether they say the same thing.
 */
export function meaningful(words: readonly string[], common: ReadonlySet<string>): Set<string> {
  return new Set(words.filter((w) => !common.has(w) && (isNumber(w) || [...w].length > 1)).map(stem));
}

/** The share of `of` that `within` holds (0 when `of` is empty). */
export function overlap(of: ReadonlySet<string>, within: ReadonlySet<string>): number {
  if (of.size === 0) return 0;
  let shared = 0;
  for (const word of of) if (within.has(word)) shared++;
  return shared / of.size;
}

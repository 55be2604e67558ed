/**
 * English: the words `npm run check` reads content with, never shown to readers. Its lint
 * warns when a summary states a figure or a claim without saying who gives it, and it knows
 * an attribution by these words. Each list is words or phrases separated by `|`; a `*` at the
 * end of a word stands for any ending ("claim*": claims, claimed). A site extends a list by
 * giving it, whole, in its interface.yaml: its claim kinds' verbs count as attribution too.
 */
export default {
  // Words that say who tells something: a sentence holding one attributes what it says.
  'lint.attributionWords': 'according to|account|say|says|said|saying|claim*|report*|alleg*|purport*|announc*|tweet*|warn*|stated|told|tells|assert*|insist*|accus*|described|describes|confirm*|denied|denies|deny|estimat*|counted|quoted|quoting|cited|citing|wrote|writes|written|published|in the words of|apparently|suspected|believed',
  // Words too common to show that two texts say the same thing.
  'lint.commonWords': 'a|an|the|and|or|but|of|in|on|at|to|for|from|by|with|as|into|onto|over|after|before|since|until|than|that|this|these|those|it|its|is|are|was|were|be|been|being|has|have|had|he|she|they|them|his|her|their|who|whom|whose|which|what|when|where|while|not|no|also|so|such|there|here|then|would|could|should|will|can|may|one',
  // Numbers in words, from zero: each place holds the forms of one number, separated by `,`.
  'lint.numberWords': 'zero,none|one,a single|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty',
} as const satisfies Record<string, string>;

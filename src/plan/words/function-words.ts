/**
 * Closed-class words. They shape how a sentence is read but name nothing to
 * draw, so they never count as unresolved content.
 */
export const DETERMINERS: Readonly<Record<string, { readonly definite: boolean; readonly plural?: boolean }>> = {
  a: { definite: false }, an: { definite: false }, the: { definite: true }, this: { definite: true }, that: { definite: true },
  these: { definite: true, plural: true }, those: { definite: true, plural: true }, another: { definite: false },
  each: { definite: true }, every: { definite: true }, all: { definite: true, plural: true }, any: { definite: false },
  its: { definite: true }, his: { definite: true }, her: { definite: true }, their: { definite: true }, my: { definite: true },
  our: { definite: true }, your: { definite: true }, such: { definite: false }, 'the same': { definite: true },
};

/** Personal pronouns and what they can refer to. */
export const PRONOUNS: Readonly<Record<string, { readonly plural: boolean; readonly person?: 'male' | 'female' | 'any'; readonly possessive?: boolean }>> = {
  it: { plural: false }, its: { plural: false, possessive: true }, itself: { plural: false },
  they: { plural: true }, them: { plural: true }, their: { plural: true, possessive: true }, themselves: { plural: true },
  he: { plural: false, person: 'male' }, him: { plural: false, person: 'male' }, his: { plural: false, person: 'male', possessive: true },
  himself: { plural: false, person: 'male' }, she: { plural: false, person: 'female' }, her: { plural: false, person: 'female' },
  hers: { plural: false, person: 'female', possessive: true }, herself: { plural: false, person: 'female' },
  'each other': { plural: true }, 'one another': { plural: true },
};

/** Words that open a relative clause about the mention before them. */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'whom', 'where']);

/** Words that cancel what follows ("without the cat", "no birds"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'without', 'never', 'none', "n't", 'neither', 'nor']);

/** Words that start a later moment in a story: a new shot. */
export const SEQUENCE_WORDS: ReadonlySet<string> = new Set([
  'then', 'next', 'later', 'afterwards', 'afterward', 'finally', 'eventually', 'suddenly', 'meanwhile', 'soon', 'after',
  'lastly', 'first', 'firstly', 'secondly', 'thirdly', 'now', 'again', 'once', 'until',
]);

/** Conjunctions that make actions happen at the same time ("as the sun sets"). */
export const SIMULTANEOUS_WORDS: ReadonlySet<string> = new Set(['while', 'as', 'when', 'whilst', 'meanwhile']);

/**
 * Auxiliaries, light verbs, particles and other words that carry no picture.
 * Everything not here and not understood is reported as unresolved.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of to for from by with without at in on into onto upon as is are was were be been ' +
    'being am do does did doing done have has had having will would shall should can could may might must get gets got ' +
    'getting let lets make makes made it its they them their he him his she her hers this that these those there here ' +
    'who whom whose which what when where why how while whilst if than then also too very just only even still ever ' +
    'quite rather really almost about around some any all each every both either neither another other such own same ' +
    "one ones 's ' ’s not n't no yes oh please kind sort type lot lots bit way thing things something someone somebody " +
    'anything everything nothing everyone somewhere anywhere everywhere etc i me my we us our you your myself ' +
    'itself themselves himself herself ourselves yourself like unlike via per versus vs include includes including ' +
    'during throughout featuring feature features show shows showing shown depict depicts depicting depiction scene video clip animation ' +
    'sequence moment image picture photo photograph snapshot frame shot view there\'s here\'s it\'s let\'s become becomes became seem seems ' +
    'appear appears appeared appearing keep keeps kept begin begins began start starts started continue continues try tries'
  ).split(' '),
);

/** Manner adverbs that agree with slow or fast motions, or speed a walker up. */
export const MANNER_WORDS: Readonly<Record<string, 'slow' | 'fast' | 'gentle'>> = {
  slowly: 'slow', leisurely: 'slow', lazily: 'slow', gradually: 'slow', steadily: 'slow', calmly: 'slow', peacefully: 'slow',
  quietly: 'slow', softly: 'gentle', gently: 'gentle', gracefully: 'gentle', smoothly: 'gentle', elegantly: 'gentle',
  quickly: 'fast', fast: 'fast', rapidly: 'fast', swiftly: 'fast', hastily: 'fast', speedily: 'fast', briskly: 'fast',
  furiously: 'fast', wildly: 'fast', frantically: 'fast', energetically: 'fast', happily: 'gentle', playfully: 'gentle',
  joyfully: 'gentle', merrily: 'gentle', slow: 'slow', quick: 'fast', high: 'gentle', low: 'gentle', far: 'gentle',
  forever: 'gentle', endlessly: 'gentle', continuously: 'gentle', constantly: 'gentle', repeatedly: 'gentle',
  proudly: 'gentle', carefully: 'slow', silently: 'slow', majestically: 'slow', freely: 'gentle', effortlessly: 'gentle',
  together: 'gentle', alone: 'gentle', sideways: 'gentle', backwards: 'gentle', upward: 'gentle',
};

/** Adjectives about the sound or bustle of a place: they go to the plan's ambience. */
export const AMBIENCE_WORDS: Readonly<Record<string, string>> = {
  quiet: 'quiet', silent: 'quiet', hushed: 'quiet', peaceful: 'calm', calm: 'calm', serene: 'calm', tranquil: 'calm',
  still: 'calm', sleepy: 'calm', lonely: 'quiet', deserted: 'quiet', empty: 'quiet', desolate: 'quiet', eerie: 'eerie',
  spooky: 'eerie', creepy: 'eerie', haunted: 'eerie', mysterious: 'eerie', busy: 'busy', bustling: 'busy', crowded: 'busy',
  lively: 'busy', noisy: 'busy', loud: 'busy', cozy: 'cozy', cosy: 'cozy', warm: 'cozy', magical: 'magical',
  enchanted: 'magical', festive: 'festive', cheerful: 'festive', dramatic: 'dramatic', epic: 'dramatic', wild: 'wild',
};

/** Places made livelier by "busy": extra background entities. */
export const BUSY_EXTRAS = ['people', 'car'] as const;

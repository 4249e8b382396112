import type { Mention } from '../read/mentions.ts';
import { LAUNCH_GROUNDS } from '../read/phrase-tables.ts';
import type { SentenceReading } from '../read/read-sentence.ts';
import { isKind, type Unit } from '../read/unit.ts';
import type { Season, SettingKind, SkyFeature, TimeOfDay, Weather } from '../vocabulary.ts';
import { SETTING_COLORS } from '../words/color-words.ts';
import { AMBIENCE_WORDS } from '../words/function-words.ts';
import { BACKDROP, FAR_SCENERY, FAR_WORDS, IMPLIED_PLACES, INDOOR_SURFACES, PLACE_LOOKS, PLACING_ADJECTIVES, SEASON_HINTS, SEASON_WORDS, WEATHER_WORDS, WINTER_THINGS, WINTER_VERBS } from '../words/setting-words.ts';

/**
 * Where and when a shot happens, from the places, times, weathers and
 * seasons its sentences name. A shot that names none keeps the previous
 * shot's; the first shot falls back to a default.
 */
export interface SceneSetting {
  kind: SettingKind;
  timeOfDay: TimeOfDay;
  weather: Weather;
  season: Season | null;
  ambience: string[];
  /** Other places the shot names, drawn far behind its own ("rain falls on the mountains" at sea). */
  backdrop: SettingKind[];
  /** Lights in the sky the words name: the northern lights. */
  sky: SkyFeature[];
  /** Whether each field was said (not inherited or defaulted). */
  readonly said: { kind: boolean; timeOfDay: boolean; weather: boolean; season: boolean };
}

/** Words for the northern (or southern) lights. */
const AURORA_WORDS = /\b(aurora|auroras|northern lights|southern lights|polar lights)\b/;

/** The setting kind when a prompt names no place. */
export const DEFAULT_SETTING: SettingKind = 'meadow';

/** Sky-only kinds yield to any ground a prompt also names ("a desert under a starry night"). */
const SKY_KINDS = new Set<SettingKind>(['sky', 'night-sky']);

/** The most far places one shot shows behind its own (the plan's limit). */
const MAX_BACKDROP = 3;

/** Places that are only a way through a larger place. */
const WAYS = new Set(['street', 'road', 'path', 'trail', 'lane', 'square', 'alley', 'track', 'sidewalk', 'avenue', 'landscape', 'scenery', 'terrain']);

/** Words that make a place dark. */
const DARK_WORDS = new Set(['dark', 'dim', 'shadowy', 'gloomy', 'murky', 'unlit', 'pitch-black', 'darkened']);

/** Collective phrases that also name a place ("a field of tulips"). */
const COLLECTIVE_PLACES: Readonly<Record<string, SettingKind>> = { 'a field': 'field', field: 'field', 'a garden': 'garden', 'a forest': 'forest' };

/** Places that bring their own hour ("a starry night", "outer space"). */
const KIND_TIME: Partial<Record<SettingKind, TimeOfDay>> = { 'night-sky': 'night', space: 'night' };

/** Reads the setting of a shot's sentences on top of the previous shot's. */
export function sceneSetting(readings: readonly SentenceReading[], previous: SceneSetting | null): SceneSetting {
  const said = { kind: false, timeOfDay: false, weather: false, season: false };
  let darkHour = false;
  // Surfaces ("the mud", "the water") say where things stand, never what the place is.
  const allPlaces = readings.flatMap((r) => r.places);
  for (const p of allPlaces) {
    if (!isKind(p.mention.head, 'place') || !p.mention.head.meaning.surface) continue;
    p.mention.head.used = true;
    for (const u of p.mention.modifiers) if (PLACE_LOOKS[u.lemma]?.test(p.mention.head.meaning.key)) u.used = true;
  }
  const places = allPlaces.filter((p) => !(isKind(p.mention.head, 'place') && p.mention.head.meaning.surface));
  // "a living room floor": the place before a surface is the place.
  for (const p of allPlaces) {
    if (!isKind(p.mention.head, 'place') || !p.mention.head.meaning.surface) continue;
    for (const u of p.mention.modifiers) if (isKind(u, 'place') && !u.meaning.surface) places.push({ ...p, mention: { ...p.mention, head: u, units: [u], modifiers: [] } });
  }
  let kind: SettingKind | null = null;
  let timeOfDay: TimeOfDay | null = null;
  let weather: Weather | null = null;
  let season: Season | null = null;
  const ambience: string[] = [];
  const backdrop: SettingKind[] = [];
  const sky = new Set<SkyFeature>();

  const kindOf = (p: (typeof places)[number]): SettingKind => {
    if (!isKind(p.mention.head, 'place')) return 'plain';
    // "a village street", "a desert road": a general way takes the kind of the place it is in.
    const placeModifier = p.mention.modifiers.find((u) => isKind(u, 'place'));
    if (placeModifier && isKind(placeModifier, 'place') && WAYS.has(p.mention.head.meaning.key)) return placeModifier.meaning.setting;
    return p.mention.head.meaning.setting;
  };
  // "into the sky" is where something goes, not where the shot stands.
  // From a launch pad, "into space" is where the rocket goes too: the shot stands on the ground it leaves.
  const fromLaunchPad = allPlaces.some((p) => isKind(p.mention.head, 'place') && LAUNCH_GROUNDS.includes(p.mention.head.meaning.key));
  const destination = (p: (typeof places)[number]): boolean => (SKY_KINDS.has(kindOf(p)) || fromLaunchPad && kindOf(p) === 'space') && p.via !== null && ['into', 'to', 'toward', 'towards', 'up'].includes(p.via.lemma);
  const strong = places.filter((p) => !p.weak);
  const onGround = (p: (typeof places)[number]): boolean => !SKY_KINDS.has(kindOf(p)) && !(fromLaunchPad && destination(p));
  const ground = strong.find(onGround) ?? places.find(onGround);
  const chosen = ground ?? strong.find((p) => !destination(p)) ?? places.find((p) => !destination(p));
  if (chosen) kind = kindOf(chosen);
  // "a field of tulips": the collective names the place.
  for (const r of readings) {
    for (const m of r.mentions) {
      const field = m.units.find((u) => isKind(u, 'quantity') && u.lemma in COLLECTIVE_PLACES);
      if (field && !kind) {
        kind = COLLECTIVE_PLACES[field.lemma]!;
        field.used = true;
      }
    }
  }
  kind ??= impliedKind(readings, allPlaces);
  const indoorsOrUnder = kind !== null && ['living-room', 'kitchen', 'classroom', 'cafe', 'stage', 'club', 'underwater', 'cave', 'space'].includes(kind);
  for (const place of places) {
    if (!isKind(place.mention.head, 'place')) continue;
    const placeKind = kindOf(place);
    // A place is shown when it is the shot's place, or the sky over an outdoor shot; any other is unresolved.
    const shown = placeKind === kind || (SKY_KINDS.has(placeKind) && !indoorsOrUnder) || (kind !== null && (BACKDROP[kind]?.includes(placeKind) ?? false)) || fromLaunchPad && destination(place);
    // Another open-air place the kind does not show is drawn far behind it, where the renderer has scenery for it.
    const far = !shown && kind !== null && !indoorsOrUnder && FAR_SCENERY.has(placeKind) && backdrop.length < MAX_BACKDROP;
    if (far && !backdrop.includes(placeKind)) backdrop.push(placeKind);
    place.mention.head.used = shown || far;
    if (far) for (const u of place.mention.modifiers) if (isKind(u, 'place')) u.used = true;
    if (!shown) continue;
    if (WAYS.has(isKind(place.mention.head, 'place') ? place.mention.head.meaning.key : '')) for (const u of place.mention.modifiers) if (isKind(u, 'place')) u.used = true;
    if (SKY_KINDS.has(placeKind) && KIND_TIME[placeKind]) timeOfDay ??= KIND_TIME[placeKind]!;
    for (const u of place.mention.size?.units ?? []) if (PLACE_LOOKS[u.lemma]?.test(isKind(place.mention.head, 'place') ? place.mention.head.meaning.key : '')) u.used = true;
    for (const u of place.mention.modifiers) readPlaceModifier(u, place.mention, (w) => (weather = w), (s) => (season = s), (t) => (timeOfDay = t), ambience);
    // A place named with its season ("an autumn forest") is in that season.
    season ??= placeSeason(place.mention.head.lemma);
    for (const u of place.mention.units) if (isKind(u, 'color') || isKind(u, 'color-modifier')) u.used = settingShowsColour(placeKind, place.mention);
    for (const u of place.mention.units) if (isKind(u, 'natural-color')) u.used = true;
    // "a dark forest", "a dim alley": a dark place is lit as at dusk unless the prompt gives the hour.
    const dark = place.mention.modifiers.find((u) => DARK_WORDS.has(u.lemma));
    if (dark) {
      darkHour = true;
      dark.used = true;
    }
    // "a forest river": a place modifying a place is part of its look; "a starry night sky" also says the hour.
    for (const u of place.mention.modifiers) {
      if (!isKind(u, 'place')) continue;
      u.used = true;
      if (KIND_TIME[u.meaning.setting]) timeOfDay ??= KIND_TIME[u.meaning.setting]!;
    }
  }
  for (const reading of readings) {
    for (const u of reading.scene) {
      const m = u.meaning;
      if (m.kind === 'time') {
        timeOfDay = m.time;
        u.used = true;
        // "the northern lights" says the hour and what lights the sky.
        if (AURORA_WORDS.test(u.text.toLowerCase())) sky.add('aurora');
      } else if (m.kind === 'weather') {
        weather = m.weather;
        u.used = true;
      } else if (m.kind === 'season') {
        season = m.season;
        u.used = true;
      } else if (m.kind === 'ambience') {
        ambience.push(m.ambience);
        u.used = true;
      }
    }
    for (const p of reading.predicates) {
      if (p.mention.kind === 'place' && isKind(p.unit, 'color')) p.unit.used = settingShowsColour(isKind(p.mention.head, 'place') ? p.mention.head.meaning.setting : 'plain', null, p.unit.meaning.name);
    }
  }
  // Snow on the ground means winter unless the prompt says otherwise; so do snowmen, skiers and sleds.
  if (!season && weather === 'snow') season = 'winter';
  if (!season && !weather && impliesWinter(readings)) season = 'winter';
  if (kind) said.kind = true;
  if (timeOfDay) said.timeOfDay = true;
  // Darkness is a look, not an hour the prompt said: a moon or stars may still make it night.
  if (darkHour && !timeOfDay && kind !== 'cave' && kind !== 'space') timeOfDay = 'dusk';
  if (weather) said.weather = true;
  if (season) said.season = true;
  let finalKind = kind ?? previous?.kind ?? DEFAULT_SETTING;
  const finalSeason = season ?? previous?.season ?? null;
  // A tornado brings its storm: a dark sky over the funnel unless the prompt says otherwise.
  const finalWeather = weather ?? previous?.weather ?? (bringsStorm(readings) ? 'storm' : 'clear');
  if (finalKind === 'forest' && (finalSeason === 'winter' || finalWeather === 'snow')) finalKind = 'snowy-forest';
  // "mountains in the distance": the words that put the backdrop far away are shown with it.
  if (backdrop.length > 0) for (const u of readings.flatMap(readingUnits)) if (!u.used && FAR_WORDS.has(u.lemma)) u.used = true;
  return {
    kind: finalKind,
    timeOfDay: timeOfDay ?? previous?.timeOfDay ?? KIND_TIME[finalKind] ?? 'afternoon',
    weather: finalWeather,
    season: finalSeason,
    ambience: [...new Set([...ambience, ...(kind ? [] : (previous?.ambience ?? []))])],
    // A shot that names no place stays where the last one was, backdrop and all.
    backdrop: kind ? backdrop : [...(previous?.backdrop ?? [])],
    // A later shot that says no hour is under the same sky.
    sky: sky.size > 0 || said.timeOfDay ? [...sky] : [...(previous?.sky ?? [])],
    said,
  };
}

/**
 * The place a shot naming none is in, from what is in it: "on the floor" is
 * in a room, acacias grow on the savanna, a sunken ship lies under the sea.
 */
function impliedKind(readings: readonly SentenceReading[], places: readonly SentenceReading['places'][number][]): SettingKind | null {
  if (places.some((p) => isKind(p.mention.head, 'place') && INDOOR_SURFACES.has(p.mention.head.meaning.key))) return 'living-room';
  const units = readings.flatMap(readingUnits);
  const thing = units.find((u) => u.lemma in IMPLIED_PLACES);
  if (!thing) return null;
  // "sunken" says only where the ship is: the picture shows it.
  for (const u of units) if (PLACING_ADJECTIVES.has(u.lemma) && IMPLIED_PLACES[u.lemma] === IMPLIED_PLACES[thing.lemma]) u.used = true;
  return IMPLIED_PLACES[thing.lemma]!;
}

/** Whether the shot holds a thing or deed of the snow (a snowman, a skier, sledding). */
function impliesWinter(readings: readonly SentenceReading[]): boolean {
  return readings.flatMap(readingUnits).some((u) => WINTER_THINGS.has(u.lemma) || WINTER_THINGS.has(u.text.toLowerCase()) || (u.pos === 'VERB' && WINTER_VERBS.has(u.lemma)));
}

/** Whether a tornado is among the things in the prompt. */
function bringsStorm(readings: readonly SentenceReading[]): boolean {
  return readings.flatMap(readingUnits).some((u) => u.meaning.kind !== 'weather' && STORM_THINGS.has(u.text.toLowerCase()));
}
const STORM_THINGS: ReadonlySet<string> = new Set(['tornado', 'tornadoes', 'twister', 'twisters']);

/** Every unit of a sentence, in order. */
function readingUnits(r: SentenceReading): Unit[] {
  return r.items.flatMap((it) => (it.type === 'unit' ? [it.unit] : it.mention.units));
}

function readPlaceModifier(u: Unit, place: Mention, setWeather: (w: Weather) => void, setSeason: (s: Season) => void, setTime: (t: TimeOfDay) => void, ambience: string[]): void {
  const m = u.meaning;
  if (m.kind === 'weather') {
    setWeather(m.weather);
    u.used = true;
  } else if (m.kind === 'season') {
    setSeason(m.season);
    u.used = true;
  } else if (m.kind === 'ambience') {
    ambience.push(m.ambience);
    u.used = true;
  } else if (m.kind === 'time') {
    setTime(m.time);
    u.used = true;
  } else if ((m.kind === 'adjective' || m.kind === 'size') && PLACE_LOOKS[u.lemma]?.test(isKind(place.head, 'place') ? place.head.meaning.key : '')) {
    // "fluffy clouds", "shallow water", "a tall waterfall": how the place is drawn anyway.
    u.used = true;
  } else if (m.kind === 'adjective' && u.lemma in SEASON_HINTS) {
    setSeason(SEASON_HINTS[u.lemma]!);
    u.used = true;
  } else if (m.kind === 'adjective' && u.lemma in AMBIENCE_WORDS) {
    ambience.push(AMBIENCE_WORDS[u.lemma]!);
    u.used = true;
  } else if (u.lemma in WEATHER_WORDS && m.kind === 'adjective') {
    setWeather(WEATHER_WORDS[u.lemma]!);
    u.used = true;
  }
  void place;
}

/** Whether a colour said of a place is the place's own ("blue ocean", "green hills"): then the picture shows it. */
function settingShowsColour(kind: SettingKind, mention: Mention | null, name?: string): boolean {
  const colour = name ?? mention?.color?.name ?? null;
  if (!colour) return false;
  const looks = [kind, ...(kind === 'underwater' ? ['ocean'] : []), ...(kind === 'meadow' || kind === 'park' || kind === 'field' ? ['grass'] : []), ...(kind === 'snowy-forest' || kind === 'arctic' ? ['snow'] : []), ...(kind === 'sky' || kind === 'night-sky' ? ['sky'] : [])];
  return looks.some((k) => SETTING_COLORS[k]?.includes(colour));
}

/** The season a place's own name says ("autumn forest", "winter wonderland"), if any. */
function placeSeason(lemma: string): Season | null {
  for (const word of lemma.split(' ')) if (SEASON_WORDS[word]) return SEASON_WORDS[word]!;
  return null;
}

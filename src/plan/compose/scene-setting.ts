import type { Mention } from '../read/mentions.ts';
import type { SentenceReading } from '../read/read-sentence.ts';
import { isKind, type Unit } from '../read/unit.ts';
import type { Season, SettingKind, TimeOfDay, Weather } from '../vocabulary.ts';
import { SETTING_COLORS } from '../words/color-words.ts';
import { AMBIENCE_WORDS } from '../words/function-words.ts';
import { SEASON_HINTS, WEATHER_WORDS } from '../words/setting-words.ts';

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
  /** Whether each field was said (not inherited or defaulted). */
  readonly said: { kind: boolean; timeOfDay: boolean; weather: boolean; season: boolean };
}

/** The setting kind when a prompt names no place. */
export const DEFAULT_SETTING: SettingKind = 'meadow';

/** Sky-only kinds yield to any ground a prompt also names ("a desert under a starry night"). */
const SKY_KINDS = new Set<SettingKind>(['sky', 'night-sky']);

/** Collective phrases that also name a place ("a field of tulips"). */
const COLLECTIVE_PLACES: Readonly<Record<string, SettingKind>> = { 'a field': 'field', field: 'field', 'a garden': 'garden', 'a forest': 'forest' };

/** Places that bring their own hour ("a starry night", "outer space"). */
const KIND_TIME: Partial<Record<SettingKind, TimeOfDay>> = { 'night-sky': 'night', space: 'night' };

/** Reads the setting of a shot's sentences on top of the previous shot's. */
export function sceneSetting(readings: readonly SentenceReading[], previous: SceneSetting | null): SceneSetting {
  const said = { kind: false, timeOfDay: false, weather: false, season: false };
  const places = readings.flatMap((r) => r.places);
  let kind: SettingKind | null = null;
  let timeOfDay: TimeOfDay | null = null;
  let weather: Weather | null = null;
  let season: Season | null = null;
  const ambience: string[] = [];

  const kindOf = (p: (typeof places)[number]): SettingKind => (isKind(p.mention.head, 'place') ? p.mention.head.meaning.setting : 'plain');
  // "into the sky" is where something goes, not where the shot stands.
  const destination = (p: (typeof places)[number]): boolean => SKY_KINDS.has(kindOf(p)) && p.via !== null && ['into', 'to', 'toward', 'towards', 'up'].includes(p.via.lemma);
  const ground = places.find((p) => !SKY_KINDS.has(kindOf(p)));
  const chosen = ground ?? places.find((p) => !destination(p));
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
  const indoorsOrUnder = kind !== null && ['living-room', 'kitchen', 'classroom', 'cafe', 'stage', 'underwater', 'cave', 'space'].includes(kind);
  for (const place of places) {
    if (!isKind(place.mention.head, 'place')) continue;
    const placeKind = place.mention.head.meaning.setting;
    // A place is shown when it is the shot's place, or the sky over an outdoor shot; any other is unresolved.
    const shown = placeKind === kind || (SKY_KINDS.has(placeKind) && !indoorsOrUnder);
    place.mention.head.used = shown;
    if (!shown) continue;
    if (SKY_KINDS.has(placeKind) && KIND_TIME[placeKind]) timeOfDay ??= KIND_TIME[placeKind]!;
    for (const u of place.mention.modifiers) readPlaceModifier(u, place.mention, (w) => (weather = w), (s) => (season = s), ambience);
    for (const u of place.mention.units) if (isKind(u, 'color') || isKind(u, 'color-modifier')) u.used = settingShowsColour(placeKind, place.mention);
    // "a forest river": a place modifying a place is part of its look.
    for (const u of place.mention.modifiers) if (isKind(u, 'place')) u.used = true;
  }
  for (const reading of readings) {
    for (const u of reading.scene) {
      const m = u.meaning;
      if (m.kind === 'time') {
        timeOfDay = m.time;
        u.used = true;
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
  // Snow on the ground means winter unless the prompt says otherwise.
  if (!season && weather === 'snow') season = 'winter';
  if (kind) said.kind = true;
  if (timeOfDay) said.timeOfDay = true;
  if (weather) said.weather = true;
  if (season) said.season = true;
  let finalKind = kind ?? previous?.kind ?? DEFAULT_SETTING;
  const finalSeason = season ?? previous?.season ?? null;
  const finalWeather = weather ?? previous?.weather ?? 'clear';
  if (finalKind === 'forest' && (finalSeason === 'winter' || finalWeather === 'snow')) finalKind = 'snowy-forest';
  return {
    kind: finalKind,
    timeOfDay: timeOfDay ?? previous?.timeOfDay ?? KIND_TIME[finalKind] ?? 'afternoon',
    weather: finalWeather,
    season: finalSeason,
    ambience: [...new Set([...ambience, ...(kind ? [] : (previous?.ambience ?? []))])],
    said,
  };
}

function readPlaceModifier(u: Unit, place: Mention, setWeather: (w: Weather) => void, setSeason: (s: Season) => void, ambience: string[]): void {
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

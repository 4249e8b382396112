import type { ScenePlanInput } from '../schema.ts';

/**
 * "A little girl blowing bubbles": the bubbles are not three big balloons
 * drifting up by the clouds, but a stream from her mouth, which the renderer
 * draws (render/effects/bubble-streams.ts) when she does BLOW_BUBBLES. The
 * bubbles said go from the plan; who blows them gets the action.
 */

type EntityDraft = NonNullable<ScenePlanInput['shots'][number]['entities']>[number];

/** The action verb the renderer draws a stream of bubbles for (render/effects/bubble-streams.ts). */
export const BLOW_BUBBLES_VERB = 'blow bubbles';

const BUBBLES = /^(soap )?bubbles?$/;

/**
 * Gives the blowing of bubbles to the people who blow them (anyone the
 * bubbles were blown by, else every idle person in the shot) and drops the
 * bubble art. Returns whether any bubbles are now blown, so the caller can
 * take back the wind the verb "blow" would otherwise bring.
 */
export function blowBubbles(entities: EntityDraft[]): boolean {
  let blown = false;
  for (const bubbles of entities.filter((e) => BUBBLES.test(e.noun.toLowerCase()))) {
    const blowing = (bubbles.actions ?? []).find((a) => a.verb === 'blow');
    const saidBlower = entities.find((e) => e.category === 'person' && (e.actions ?? []).some((a) => a.verb === 'blow' && a.target === bubbles.id));
    const blowers = saidBlower ? [saidBlower] : blowing ? entities.filter((e) => e.category === 'person' && (e.actions ?? []).every((a) => a.motion === 'idle')) : [];
    if (blowers.length === 0) continue;
    const span = { start: blowing?.start ?? 0, end: blowing?.end ?? null };
    for (const blower of blowers) {
      const others = (blower.actions ?? []).filter((a) => !(a.verb === 'blow' && a.target === bubbles.id) && a.motion !== 'idle');
      blower.actions = [...others, { verb: BLOW_BUBBLES_VERB, motion: 'idle', ...span }];
    }
    entities.splice(entities.indexOf(bubbles), 1);
    blown = true;
  }
  return blown;
}

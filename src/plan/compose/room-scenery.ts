import type { SettingKind } from '../vocabulary.ts';
import type { MemberLook } from './member-look.ts';

/**
 * Things a setting's backdrop already draws as part of the room: a
 * classroom's wall has its blackboard, so "a teacher writing on a blackboard
 * in a classroom" is the teacher at that board, not a second board emoji
 * standing in front of them.
 */
const ROOM_SCENERY: Partial<Record<SettingKind, RegExp>> = {
  classroom: /^(blackboard|chalkboard|whiteboard|board|chalk board|white board|school board|greenboard)s?$/,
};

/** Whether a member is the setting's own scenery (one of it, named as the room has it). */
export function isRoomScenery(setting: SettingKind, look: MemberLook | undefined): boolean {
  const scenery = ROOM_SCENERY[setting];
  return scenery !== undefined && look !== undefined && look.count === 1 && scenery.test(look.noun.toLowerCase());
}

import type { Token } from '../nlp/read-tokens.ts';
import type { SentenceReading } from '../read/read-sentence.ts';
import type { ScenePlanInput } from '../schema.ts';
import type { TextPosition, TextRole } from '../vocabulary.ts';
import type { Cast } from './cast.ts';
import type { MemberLook } from './member-look.ts';

type TextDraft = NonNullable<ScenePlanInput['shots'][number]['texts']>[number];

const MAX_TEXTS = 16;
const SIGN_LIKE = /\b(sign|signpost|placard|banner|poster|billboard|board|flag|plaque|scoreboard|screen|marquee|sticker)\b/;

/**
 * On-screen text: every quoted string, with its role and position from the
 * words around it ("a title card that says", "a sign reading", "caption:").
 * A short topic before a colon ("the water cycle: ...") becomes a title.
 */
export function shotTexts(readings: readonly SentenceReading[], quotes: readonly string[], cast: Cast, looks: ReadonlyMap<string, MemberLook>, tokens: readonly Token[], withTopic: boolean): TextDraft[] {
  const texts: TextDraft[] = [];
  for (const r of readings) {
    if (withTopic && r.topic.length > 0 && r.topic.length <= 8 && r.topic.every((u) => u.meaning.kind !== 'verb' && u.meaning.kind !== 'quote')) {
      const text = r.topic.flatMap((u) => u.tokens.map((i) => tokens[i]!)).map((t, k) => (k > 0 && !t.joined ? ' ' : '') + t.text).join('').trim();
      if (text && texts.length < MAX_TEXTS) {
        texts.push({ text: text.charAt(0).toUpperCase() + text.slice(1), role: 'title', position: 'top' });
        for (const u of r.topic) u.used = true;
      }
    }
    for (const t of r.texts) {
      if (t.quote.meaning.kind !== 'quote' || texts.length >= MAX_TEXTS) continue;
      const text = quotes[t.quote.meaning.quote];
      if (!text) continue;
      let role: TextRole | null = null;
      let position: TextPosition | null = null;
      for (const cue of t.cues) {
        cue.used = true;
        if (cue.meaning.kind === 'text-cue') {
          role ??= cue.meaning.role;
          position ??= cue.meaning.position;
        }
      }
      const on = t.on ? cast.of.get(t.on) : undefined;
      const onLook = on ? looks.get(on.id) : undefined;
      if (!role && onLook && SIGN_LIKE.test(`${onLook.noun} ${onLook.artLabel}`)) role = 'sign';
      else if (!role && onLook && t.cues.length > 0) role = 'label';
      role ??= 'title';
      position ??= role === 'caption' ? 'bottom' : 'center';
      texts.push({ text, role, position });
      t.quote.used = true;
    }
  }
  return texts;
}

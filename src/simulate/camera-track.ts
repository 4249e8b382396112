import type { Shot } from '../plan/schema.ts';
import type { Random } from '../util/random.ts';
import type { ActorTrack, CameraTrack, ShotSpan } from './simulation.ts';

/** Camera zoom for each shot size: how much closer than a wide shot. */
const SHOT_ZOOM = { 'close-up': 2.6, medium: 1.6, wide: 1, aerial: 0.8 } as const;

const smooth = (t: number): number => t * t * (3 - 2 * t);

/**
 * Fills the camera channels for one shot. Moves ease in and out; "track" and
 * close-ups follow the target actor with a critically damped lag so the camera
 * never snaps.
 */
export function fillCameraTrack(
  camera: CameraTrack,
  shot: Shot,
  span: ShotSpan,
  fps: number,
  target: ActorTrack | null,
  random: Random,
): void {
  const length = span.endFrame - span.firstFrame;
  const baseZoom = SHOT_ZOOM[shot.camera.shot];
  const amount = shot.camera.speed;
  let followX = target ? valueAt(target.x, target, span.firstFrame) : 0;
  let followY = target ? valueAt(target.y, target, span.firstFrame) : 0;
  const shakePhase = random.range(0, Math.PI * 2);
  const follow = target !== null && (shot.camera.move === 'track' || shot.camera.shot === 'close-up' || shot.camera.shot === 'medium');
  for (let i = 0; i < length; i++) {
    const frame = span.firstFrame + i;
    const t = length > 1 ? i / (length - 1) : 0;
    const e = smooth(t);
    let x = 0;
    let y = 0;
    let zoom = baseZoom;
    let rotation = 0;
    switch (shot.camera.move) {
      case 'pan-left':
        x = (0.35 - 0.7 * e) * amount;
        break;
      case 'pan-right':
        x = (-0.35 + 0.7 * e) * amount;
        break;
      case 'tilt-up':
        y = (-0.1 + 0.35 * e) * amount;
        break;
      case 'tilt-down':
        y = (0.25 - 0.35 * e) * amount;
        break;
      case 'zoom-in':
      case 'dolly-in':
        zoom = baseZoom * (1 + 0.6 * e * amount);
        break;
      case 'zoom-out':
      case 'dolly-out':
        zoom = baseZoom * (1 + 0.6 * (1 - e) * amount);
        break;
      case 'orbit':
        x = Math.sin(t * Math.PI * 2) * 0.15 * amount;
        rotation = Math.sin(t * Math.PI * 2) * 0.02 * amount;
        break;
      case 'shake': {
        const s = (i / fps) * 9 + shakePhase;
        x = (Math.sin(s) * 0.6 + Math.sin(s * 2.3) * 0.4) * 0.012 * amount;
        y = (Math.cos(s * 1.7) * 0.6 + Math.sin(s * 3.1) * 0.4) * 0.01 * amount;
        rotation = Math.sin(s * 0.8) * 0.006 * amount;
        break;
      }
      default:
        break;
    }
    if (follow && target) {
      const tx = valueAt(target.x, target, frame);
      const ty = valueAt(target.y, target, frame);
      // Exponential smoothing: about a third of a second of lag, independent of fps.
      const k = 1 - Math.exp(-6 / fps);
      followX += (tx - followX) * k;
      followY += (ty - followY) * k;
      x += followX;
      y += zoom > 1.2 ? followY * 0.8 : 0;
    }
    camera.x[frame] = x;
    camera.y[frame] = y;
    camera.zoom[frame] = zoom;
    camera.rotation[frame] = rotation;
  }
}

function valueAt(channel: Float32Array, track: ActorTrack, frame: number): number {
  const i = Math.min(track.length - 1, Math.max(0, frame - track.firstFrame));
  return channel[i] ?? 0;
}

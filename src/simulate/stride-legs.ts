import { strideIndex, type StrideGait } from '../assets/drawn-stride.ts';

/** How long legs that stopped carrying an actor hold their stride pose before standing still (a turn at the stage edge). */
export const HOLD_STRIDE_SECONDS = 0.5;
/** Strides a second at which stopped legs finish their step: brisk, so a stop settles within about half a second. */
const SETTLE_STRIDES_PER_SECOND = 2;
/** Below this speed (world units a second) the legs barely carry the actor, so they finish the step rather than freeze mid-stride. */
const SETTLING_SPEED = 0.03;

/** The legs of one actor this frame: the gait they show (null: the still art) and the stride phase, in steps (two to a stride). */
export interface LegFrame {
  readonly legs: StrideGait | null;
  readonly gait: number;
}

/**
 * When an actor's drawn legs show a stride, and from where, so the ends of a
 * walk read as steps rather than pops: a walk that starts from standing
 * begins at the point of the stride nearest the still art (`rest`), and legs
 * that stop carrying the actor finish their step to that point before the
 * still art comes back. Through a brief stop (a turn) the legs keep showing.
 */
export class StrideLegs {
  private strodeAt = -Infinity;
  private shown: StrideGait | null = null;
  /** The last frame showed the pose nearest the still art: a finished step may give way to the still art. */
  private shownAtRest = false;
  private lastGait = 0;

  /** `rest` gives the cycle (0..1) of the pose nearest the still art, for a gait. */
  constructor(private readonly rest: (gait: StrideGait) => number) {}

  /**
   * The legs of a frame. `carrying`: the legs move the actor along now;
   * `wanted`: the gait of the current motion (null when it is not a walk);
   * `underWay`: the actor enters the shot already moving (its legs keep
   * their own phase, so a group does not step in unison).
   */
  frame(seconds: number, carrying: boolean, wanted: StrideGait | null, gait: number, underWay: boolean): LegFrame {
    if (carrying) this.strodeAt = seconds;
    let legs = seconds - this.strodeAt < HOLD_STRIDE_SECONDS ? wanted : null;
    // Stopped: finish the step to the still pose's point before standing still.
    if (!legs && this.shown && !this.shownAtRest) {
      legs = this.shown;
      // A quick last step stops at that point rather than stepping past it.
      const left = this.left(legs, this.lastGait);
      if (gait - this.lastGait >= 2 * left) gait = this.lastGait + 2 * left;
    }
    // Setting off from standing: begin where the still art's legs are.
    if (legs && !this.shown && !underWay) gait = 2 * this.rest(legs);
    this.shown = legs;
    this.shownAtRest = legs !== null && this.atRest(legs, gait);
    this.lastGait = gait;
    return { legs, gait };
  }

  /** The phase after a frame of `seconds`: legs that barely carry the actor step on to the still pose's point, and no further. */
  settle(gait: number, seconds: number, speed: number): number {
    if (!this.shown || speed >= SETTLING_SPEED || this.atRest(this.shown, gait)) return gait;
    return gait + 2 * Math.min(this.left(this.shown, gait), SETTLE_STRIDES_PER_SECOND * seconds);
  }

  /** Strides on from a phase to the still pose's point. */
  private left(legs: StrideGait, gait: number): number {
    const cycle = gait / 2 - Math.floor(gait / 2);
    return (((this.rest(legs) - cycle) % 1) + 1) % 1;
  }

  /** Whether the legs show the pose nearest the still art. */
  private atRest(legs: StrideGait, gait: number): boolean {
    return strideIndex(gait / 2) === strideIndex(this.rest(legs));
  }
}

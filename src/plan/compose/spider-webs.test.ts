import { describe, expect, it } from 'vitest';
import { drawnArtSvg } from '../../assets/drawn-art.ts';
import { naturalSize } from '../../assets/art-scale.ts';
import { supportSurface } from '../../assets/support-surfaces.ts';
import { simulate } from '../../simulate/simulate.ts';
import { planScene } from '../planner.ts';

const output = { width: 320, height: 180, fps: 10, seconds: 3, format: 'mp4' as const };
const shotOf = (prompt: string) => planScene({ prompt, seed: 1, output }).shots[0]!;

describe('a spider web', () => {
  it('is the drawn web on its twigs, the branches it hangs between taken into it, the spider at its hub', () => {
    const shot = shotOf('a spider spinning a web between two branches');
    expect(shot.entities.map((e) => e.noun)).toEqual(['spider', 'web']);
    const [spider, web] = shot.entities;
    expect(web!.asset).toBe('drawn:spider-web');
    expect(web!.layout.relation).toBeNull();
    expect(spider!.layout.relation).toEqual({ kind: 'on', target: web!.id, secondTarget: null });
    // It works at the web rather than spinning round on the spot.
    expect(spider!.actions.map((a) => a.motion)).toEqual(['sway']);
    expect(shot.camera.shot).toBe('medium');
    expect(planScene({ prompt: 'a spider spinning a web between two branches', seed: 1, output }).unresolved).toEqual([]);
  });

  it('is beaded with dew when dew is said, and a web alone is seen close up', () => {
    const shot = shotOf('a spider web covered in dew at dawn');
    expect(shot.entities.map((e) => e.asset)).toEqual(['drawn:dewy-spider-web']);
    expect(planScene({ prompt: 'a spider web covered in dew at dawn', seed: 1, output }).unresolved).toEqual([]);
    expect(shot.camera.shot).toBe('close-up');
    expect(shotOf('a close-up of a spider on its web').camera.shot).toBe('close-up');
    expect(shotOf('a wide shot of a spider web').camera.shot).toBe('wide');
  });

  it('draws radial threads and a spiral, many times the size of its spider, with the spider sitting inside it', () => {
    const svg = drawnArtSvg('drawn:spider-web', 200)!;
    expect(svg).toContain('<path');
    expect((svg.match(/L/g) ?? []).length).toBeGreaterThan(100);
    expect(drawnArtSvg('drawn:dewy-spider-web', 200)!.split('<circle').length).toBeGreaterThan(40);
    expect(naturalSize('drawn:spider-web', 'object')).toBeGreaterThan(naturalSize('emoji:1f577', 'insect') * 4);
    expect(supportSurface('drawn:spider-web').height).toBeLessThan(0.8);
    const simulation = simulate(planScene({ prompt: 'a spider spinning a web between two branches', seed: 1, output }));
    const spider = simulation.actors.find((a) => a.noun === 'spider')!;
    const web = simulation.actors.find((a) => a.noun === 'web')!;
    const webHeight = web.size * (web.bounds.bottom - web.bounds.top);
    expect(spider.y[10]! - web.y[10]!).toBeGreaterThan(webHeight * 0.3);
    expect(spider.y[10]! - web.y[10]!).toBeLessThan(webHeight * 0.7);
    expect(Math.abs(spider.x[10]! - web.x[10]!)).toBeLessThan(webHeight * 0.15);
  });
});

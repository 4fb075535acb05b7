/**
 * Play: the state says whether it runs; the player (its code loads on the first Play: most
 * readers drag or step) moves the date. A date the reader chooses stops it.
 */
import type { Store } from '../app/store.ts';
import { playTo, setPlaying, showGapCard } from '../app/transitions.ts';
import type { LoadedData } from '../app/loaded-data.ts';
import { prefersReducedMotion } from '../elements/shared/motion.ts';
import type { Player } from './player.ts';

export class PlayController {
  private player?: Player;

  constructor(
    private readonly store: Store,
    private readonly loaded: () => LoadedData | undefined,
  ) {
    store.subscribe((next, previous) => {
      if (previous.playing && !next.playing) this.player?.stop();
    });
  }

  async toggle(): Promise<void> {
    if (this.store.state.playing) {
      this.store.dispatch(setPlaying(false), 'push');
      return;
    }
    this.store.dispatch(setPlaying(true));
    const player = await this.create();
    // Stopped while the player loaded (a drag, a key): stay stopped.
    if (this.store.state.playing) player.start(this.store.state.date);
  }

  private async create(): Promise<Player> {
    const { Player } = await import('./player.ts');
    return (this.player ??= new Player({
      timeline: () => this.loaded()!.timeline,
      changeDates: () => this.loaded()!.changeDates,
      reducedMotion: prefersReducedMotion,
      speed: () => this.store.state.speed,
      setDate: (date) => this.store.dispatch(playTo(date), 'replace'),
      showGap: (show) => this.store.dispatch(showGapCard(show)),
      stopped: () => this.store.dispatch(setPlaying(false), 'push'),
    }));
  }

  stop(): void {
    this.player?.stop();
  }
}

/**
 * Committee rooms, created on first use from storage. Each committee has
 * exactly one room on this server, the single owner of its state.
 */
import type { CommitteeRepository } from '../storage/committees.ts';
import type { EventStore } from '../storage/eventStore.ts';
import { CommitteeRoom, type RoomOptions } from './committeeRoom.ts';
import type { RoomPorts } from './roomPorts.ts';
import { sqliteCommitteeLog } from './sqliteCommitteeLog.ts';

export class RoomRegistry {
  readonly #rooms = new Map<string, CommitteeRoom>();
  readonly #committees: CommitteeRepository;
  readonly #events: EventStore;
  readonly #options: RoomOptions;
  readonly #ports: RoomPorts;

  constructor(
    committees: CommitteeRepository,
    events: EventStore,
    options: RoomOptions,
    ports: RoomPorts,
  ) {
    this.#committees = committees;
    this.#events = events;
    this.#options = options;
    this.#ports = ports;
  }

  /**
   * The committee's room, loading it (latest snapshot + later events) if needed. A room
   * arms its deadline as it loads, so a committee just created or imported with a caucus
   * running is timed from then on.
   */
  get(committeeId: string): CommitteeRoom | null {
    const loaded = this.#rooms.get(committeeId);
    if (loaded) return loaded;
    const record = this.#committees.get(committeeId);
    if (!record) return null;
    const room = new CommitteeRoom(
      sqliteCommitteeLog(this.#events, record.id, record.template),
      this.#options,
      this.#ports,
    );
    this.#rooms.set(committeeId, room);
    room.armDeadline();
    return room;
  }

  /** Every committee on this server, loaded (at start, so their timers are armed). */
  loadAll(): CommitteeRoom[] {
    return this.#committees
      .list()
      .map((record) => this.get(record.id))
      .filter((room): room is CommitteeRoom => room !== null);
  }
}

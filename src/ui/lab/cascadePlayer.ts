/**
 * Play the cascade: a play button, a day scrubber and a speed, which redraw the lab's charts day by
 * day (the curve, the daily bars, the bandwagon path and the army grid together). Keyboard: Space
 * on the player plays and pauses; the arrow keys (Shift: 10 days), Home and End move the day.
 * Frames are drawn at most once per animation frame, and the run advances by the time that passed,
 * so a slow redraw skips days instead of slowing the run down. The day goes to the store (and so to
 * the address) when it comes to rest: on pause, at the end, or when the scrubber is let go; never
 * on every frame of a playback.
 */
import { appendElement } from "../appendElement";

/** Days per second offered; the default makes the whole run take about TARGET_SECONDS. */
export const SPEEDS = [2, 5, 10, 25, 50, 100, 250, 500] as const;
const TARGET_SECONDS = 8;

export interface PlayerEvents {
  /** Draw the run up to `day` (null: the whole run). */
  draw(day: number | null): void;
  /** The day came to rest: keep it (null: the whole run). */
  commit(day: number | null): void;
}

export interface CascadePlayer {
  /** A new run is on screen with `days` days, shown up to `day` (null: all of it). */
  load(days: number, day: number | null): void;
  /** Stops a playback where it is, without keeping its day (a new run is coming). */
  stop(): void;
  readonly playing: boolean;
  /** The day on screen (null: the whole run); while playing, ahead of the store's, which has the day last at rest. */
  readonly day: number | null;
}

/** The speed that plays `days` days in about TARGET_SECONDS. */
export function defaultSpeed(days: number): number {
  return SPEEDS.find((speed) => speed * TARGET_SECONDS >= days) ?? SPEEDS[SPEEDS.length - 1];
}

export function cascadePlayer(root: HTMLElement, events: PlayerEvents): CascadePlayer {
  root.replaceChildren();
  root.classList.add("player");
  root.setAttribute("role", "group");
  root.setAttribute("aria-label", "Play the cascade day by day");
  const button = appendElement(root, "button", { type: "button", id: "play-button", class: "play" });
  appendElement(root, "label", { for: "day-scrubber", class: "visually-hidden" }, "Day shown");
  const scrubber = appendElement(root, "input", { type: "range", id: "day-scrubber", min: "0", step: "1" });
  const readout = appendElement(root, "output", { id: "day-readout", for: "day-scrubber" });
  const speedLabel = appendElement(root, "label", { class: "speed", for: "play-speed" });
  appendElement(speedLabel, "span", { class: "speed-word" }, "Speed ");
  const speed = appendElement(speedLabel, "select", { id: "play-speed" });
  for (const s of SPEEDS) speed.appendChild(new Option(`${s} days/s`, String(s)));

  let days = 0;
  let day: number | null = null;
  let playing = false;
  let frame = 0;
  let speedChosen = false;

  const shown = () => day ?? days;
  const paint = () => {
    scrubber.max = String(days);
    scrubber.value = String(shown());
    const text = `Day ${shown()} of ${days}`;
    readout.textContent = text;
    if (day === null) appendElement(readout, "span", { class: "whole-run" }, " (whole run)");
    scrubber.setAttribute("aria-valuetext", text);
    button.textContent = playing ? "❚❚ Pause" : "▶ Play";
    button.setAttribute("aria-label", playing ? "Pause" : "Play the cascade day by day");
    button.setAttribute("aria-pressed", String(playing));
    root.classList.toggle("playing", playing);
    document.body.dataset.playerDay = String(shown());
    document.body.dataset.playing = String(playing);
  };
  /** Moves to `next` (clamped; the last day means the whole run) and draws it. */
  const show = (next: number) => {
    const d = Math.max(0, Math.min(days, Math.round(next)));
    day = d >= days ? null : d;
    paint();
    events.draw(day);
  };
  // Scrubbing draws once per frame at most, the latest position.
  let scrubFrame = 0;
  const showSoon = (next: number) => {
    cancelAnimationFrame(scrubFrame);
    scrubFrame = requestAnimationFrame(() => show(next));
  };

  function pause(keep: boolean): void {
    if (!playing) return;
    playing = false;
    cancelAnimationFrame(frame);
    paint();
    if (keep) events.commit(day);
  }

  function play(): void {
    if (playing || days === 0) return;
    playing = true;
    let position = day === null ? 0 : day;
    show(position);
    let last = performance.now();
    const tick = (now: number) => {
      position += (Number(speed.value) * (now - last)) / 1000;
      last = now;
      if (position >= days) {
        playing = false;
        show(days);
        events.commit(null);
        return;
      }
      if (Math.floor(position) !== shown()) show(Math.floor(position));
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  }

  const toggle = () => (playing ? pause(true) : play());
  button.addEventListener("click", toggle);
  scrubber.addEventListener("input", () => {
    pause(false);
    showSoon(Number(scrubber.value));
  });
  scrubber.addEventListener("change", () => {
    cancelAnimationFrame(scrubFrame);
    show(Number(scrubber.value));
    events.commit(day);
  });
  speed.addEventListener("change", () => (speedChosen = true));
  root.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    if (event.key === " " && target !== button && target !== speed) {
      event.preventDefault();
      toggle();
      return;
    }
    if (target === scrubber || target === speed) return; // the range input steps by itself
    const step = event.shiftKey ? 10 : 1;
    const moves: Record<string, () => number> = { ArrowLeft: () => shown() - step, ArrowRight: () => shown() + step, Home: () => 0, End: () => days };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    pause(false);
    show(move());
    events.commit(day);
  });

  paint();
  return {
    load(total, at) {
      pause(false);
      days = total;
      day = at === null || at >= total ? null : Math.max(0, at);
      if (!speedChosen) speed.value = String(defaultSpeed(total));
      paint();
    },
    stop: () => pause(false),
    get playing() {
      return playing;
    },
    get day() {
      return day;
    },
  };
}

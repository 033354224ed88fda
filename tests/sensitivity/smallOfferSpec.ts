/**
 * The small sensitivity set-up the command-line and page tests share: an army under an offer that
 * never closes, and three inputs. offer.urgency acts only before a deadline, so it is an input the
 * scenario does not use (its indices must include 0).
 */
export function smallOfferScenario(size: number, days: number) {
  return {
    name: "small",
    parameters: {
      army: { size, days },
      thresholds: { distribution: "normal", mean: 0.3, sd: 0.15 },
      offer: { attractiveness: 0.05, windows: [{ open: 0, close: null }] },
      opportunity: { daily: 0.5 },
    },
  };
}

export const smallOfferInputs = [
  { path: "offer.attractiveness", from: 0, to: 0.2 },
  { path: "opportunity.daily", from: 0.05, to: 1, scale: "log-uniform" },
  { path: "offer.urgency", from: 0, to: 0.2 },
];

/**
 * Token lifetimes as the language writes them (`90m`, `1h`, `30d`). The
 * token-validity rule checks them; the model keeps the parsed form.
 */
export interface Duration {
  value: number;
  unit: 'minutes' | 'hours' | 'days';
  /** As written, e.g. `1h`. */
  text: string;
}

const DURATION_UNITS = { m: 'minutes', h: 'hours', d: 'days' } as const;
const DURATION = /^([1-9][0-9]{0,6})([mhd])$/;

/** The parsed duration, or undefined when the text is not one. */
export function tryParseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  return {
    value: Number(match[1]),
    unit: DURATION_UNITS[match[2] as keyof typeof DURATION_UNITS],
    text,
  };
}

/** For validated input: the token-validity rule has already rejected anything else. */
export function parseDuration(text: string): Duration {
  const duration = tryParseDuration(text);
  if (!duration)
    throw new Error(
      `invalid duration ${JSON.stringify(text)} reached the model; validation should have rejected it`,
    );
  return duration;
}

export function durationMinutes(d: Duration): number {
  return d.unit === 'minutes' ? d.value : d.unit === 'hours' ? d.value * 60 : d.value * 1440;
}

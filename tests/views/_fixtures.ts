// Hand-built fixtures shared by the view tests.
import type { SegmentProfile } from "../../lib/base/types.ts";

/** A named profile with the given label, name, size, share and means/medians. */
export function profile(
  label: number,
  name: string,
  fields: Partial<SegmentProfile> = {},
): SegmentProfile {
  return {
    label,
    name,
    description: `${name} customers`,
    actions: [],
    size: 1,
    share: 0,
    means: {},
    medians: {},
    zScores: {},
    distinctive: [],
    ...fields,
  };
}

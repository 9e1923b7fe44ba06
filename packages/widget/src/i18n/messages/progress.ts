/** Texts of home, logging progress, goals achieved or missed, value elements. */
export const progress = {} as const;

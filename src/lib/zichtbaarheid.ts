/** The three visibility levels every story-holding item carries. */
export const zichtbaarheden = ['iedereen', 'gezin-en-professionals', 'alleen-gezin'] as const;
export type Zichtbaarheid = (typeof zichtbaarheden)[number];

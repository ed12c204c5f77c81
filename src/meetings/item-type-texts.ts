import type { ItemType } from '../generated/prisma/enums.js';
import { defineTexts, type Text } from '../i18n/text.js';

/** The item types (sakstype) as people read them; used by meetings and decisions alike. */
export const itemTypeTexts = defineTexts({
  approval: { nb: 'Godkjenning', en: 'Approval' },
  information: { nb: 'Orientering', en: 'Information' },
  discussion: { nb: 'Drøfting', en: 'Discussion' },
  endorsement: { nb: 'Tilslutning', en: 'Endorsement' },
  decision: { nb: 'Beslutning', en: 'Decision' },
} satisfies Record<ItemType, Text>);

import { describe, expect, it } from 'vitest';
import { planDemoMeetings } from '../../../src/seed/plan-demo-meetings.js';

describe('the demo meetings read as a bokmål secretariat writes them', () => {
  const meetings = planDemoMeetings(new Date('2026-12-01T08:00:00Z'), new Date('2026-11-15T08:00:00Z'));

  it('a video meeting has an empty place and a link (each reader sees "Videomøte" / "Video meeting"), never English text in the place', () => {
    const video = meetings.filter((m) => m.videoLink);
    expect(video.length).toBeGreaterThan(0);
    for (const m of video) expect(m.place).toBe('');
    for (const m of meetings) expect(m.place.toLowerCase()).not.toContain('video');
  });

  it('the notice item and its proposed decision say the same thing: "innkalling og saksliste"', () => {
    const notices = meetings.flatMap((m) => m.items.filter((i) => i.kind === 'notice_and_agenda'));
    expect(notices.length).toBeGreaterThan(0);
    for (const item of notices) {
      expect(item.title).toBe('Godkjenning av innkalling og saksliste');
      expect(item.proposedDecision).toMatch(/godkjenner innkalling og saksliste\.$/);
      expect(item.proposedDecision).not.toContain('dagsorden');
    }
  });
});

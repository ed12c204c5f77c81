/**
 * When a Slack request reached us, as the receiver put it into Bolt's context (`create-slack-app.ts`); the
 * listener's start otherwise (Socket Mode has no HTTP request of ours).
 */
export function arrivedAt(context: object): number {
  const value = (context as { arrivedAt?: unknown }).arrivedAt;
  return typeof value === 'number' ? value : Date.now();
}

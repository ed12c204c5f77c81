/** Where a posted summary can be opened: a Slack permalink or a Teams message link. */
export function summaryLink(posted: { platform: 'slack' | 'teams'; platformConversationId: string | null; platformMessageId: string | null }): string | null {
  if (!posted.platformConversationId || !posted.platformMessageId) return null;
  if (posted.platform === 'slack') return `https://slack.com/archives/${posted.platformConversationId}/p${posted.platformMessageId.replace('.', '')}`;
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(posted.platformConversationId)}/${encodeURIComponent(posted.platformMessageId)}`;
}

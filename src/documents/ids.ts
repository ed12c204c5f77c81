/** The documents capability's stable job and delivery ids (no `:` in job ids). */
export const documentJobIds = {
  notice: (meetingId: string) => `documents-notice.${meetingId}`,
  minutes: (meetingId: string) => `documents-minutes.${meetingId}`,
};

export const documentDeliveryKeys = {
  notice: (meetingId: string, version: number) => `notice-doc.${meetingId}.v${version}`,
  minutes: (meetingId: string, version: number, personId: string) => `minutes-doc.${meetingId}.v${version}.${personId}`,
};
